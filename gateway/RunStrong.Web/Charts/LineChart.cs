using System.Text;

namespace RunStrong.Web.Charts;

/// <summary>Line series over a numeric x axis, with an optional shaded band and zero line.</summary>
public static class LineChart
{
    /// <summary>Upper bound on markers in one chart; longer inputs are thinned evenly.</summary>
    public const int MaxPoints = 400;

    /// <summary>Renders the chart as an SVG string, or a small "nothing to show" SVG when no point has a value.</summary>
    public static string Render(LineChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ChartCanvas.CheckId(spec.Id);
        var perSeries = Math.Max(20, MaxPoints / Math.Max(1, spec.Series.Count));
        var series = spec.Series.Select(s => s with { Points = Thin(s.Points, perSeries) }).ToList();
        var values = series.SelectMany(s => s.Points).Where(p => p.Y is { } y && double.IsFinite(y)).Select(p => p.Y!.Value).ToList();
        if (values.Count == 0)
        {
            return ChartCanvas.Empty(spec.Id, spec.Title, spec.EmptyText);
        }

        var low = values.Min();
        var high = values.Max();
        if (spec.Band is { } band)
        {
            low = Math.Min(low, Math.Min(band.Low, band.High));
            high = Math.Max(high, Math.Max(band.Low, band.High));
        }

        if (spec.ZeroLine || spec.IncludeZero)
        {
            low = Math.Min(low, 0);
            high = Math.Max(high, 0);
        }

        var yScale = NiceScale.For(low, high);
        var xs = series.SelectMany(s => s.Points).Select(p => p.X).Where(double.IsFinite).ToList();
        var xMin = xs.Min();
        var xMax = xs.Max();
        var canvas = new ChartCanvas(rightAxis: false);

        // A lone x value sits in the middle rather than on the axis.
        double X(double x) => xMax > xMin
            ? canvas.PlotLeft + 8 + ((x - xMin) / (xMax - xMin) * (canvas.PlotWidth - 16))
            : canvas.PlotLeft + (canvas.PlotWidth / 2);

        canvas.LeftAxis(yScale, spec.YUnit);
        var body = canvas.Body;
        if (spec.Band is { } b)
        {
            var top = ChartCanvas.Y(yScale, Math.Max(b.Low, b.High));
            var bottom = ChartCanvas.Y(yScale, Math.Min(b.Low, b.High));
            body.Append("<rect class=\"rs-chart-band\" x=\"").Append(SvgText.Coord(canvas.PlotLeft)).Append("\" y=\"")
                .Append(SvgText.Coord(top)).Append("\" width=\"").Append(SvgText.Coord(canvas.PlotWidth)).Append("\" height=\"")
                .Append(SvgText.Coord(bottom - top)).Append("\" fill=\"").Append(ChartColors.BandFill).Append("\" stroke=\"")
                .Append(ChartColors.Green).Append("\" stroke-width=\"1\" stroke-dasharray=\"4 3\"><title>")
                .Append(SvgText.Escape(b.Label)).Append("</title></rect>");
        }

        if (spec.ZeroLine)
        {
            var zero = SvgText.Coord(ChartCanvas.Y(yScale, 0));
            body.Append("<line class=\"rs-chart-zero\" x1=\"").Append(SvgText.Coord(canvas.PlotLeft)).Append("\" x2=\"")
                .Append(SvgText.Coord(canvas.PlotRight)).Append("\" y1=\"").Append(zero).Append("\" y2=\"").Append(zero)
                .Append("\" stroke=\"").Append(ChartColors.Text).Append("\" stroke-width=\"1.25\"/>");
        }

        canvas.BottomAxis(spec.XTicks.Where(t => t.Value >= xMin && t.Value <= xMax).Select(t => (X(t.Value), t.Label)).ToList());
        // Dense daily series get small markers so the lines and their dash patterns stay readable.
        var densest = series.Max(s => s.Points.Count);
        var radius = densest > 150 ? 1.5 : densest > 60 ? 2 : 3.75;
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            body.Append("<g class=\"rs-chart-series rs-chart-series-").Append(i + 1).Append("\">");
            var path = LinePath(s.Points, X, y => ChartCanvas.Y(yScale, y));
            if (path.Length > 0)
            {
                body.Append("<path class=\"rs-chart-line\" d=\"").Append(path).Append("\" fill=\"none\" stroke=\"")
                    .Append(SvgText.Escape(s.Color)).Append("\" stroke-width=\"2\" stroke-linejoin=\"round\"");
                if (s.Dash is not null)
                {
                    body.Append(" stroke-dasharray=\"").Append(SvgText.Escape(s.Dash)).Append('"');
                }

                body.Append("/>");
            }

            foreach (var p in s.Points)
            {
                if (p.Y is { } y && double.IsFinite(y) && double.IsFinite(p.X))
                {
                    canvas.Marker(p.Marker ?? s.Marker, X(p.X), ChartCanvas.Y(yScale, y), radius, p.Color ?? s.Color, p.Title);
                }
            }

            body.Append("</g>");
        }

        var legend = spec.Legend ?? DefaultLegend(spec, series);
        var height = canvas.Legend(legend);
        return canvas.Finish(spec.Id, spec.Title, spec.Description, height);
    }

    /// <summary>Keeps every k-th point (always the last), so long histories stay a bounded size.</summary>
    internal static IReadOnlyList<LinePoint> Thin(IReadOnlyList<LinePoint> points, int max)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count <= max)
        {
            return points;
        }

        var step = (double)(points.Count - 1) / (max - 1);
        var kept = new LinePoint[max];
        for (var i = 0; i < max; i++)
        {
            kept[i] = points[(int)Math.Round(i * step)];
        }

        return kept;
    }

    /// <summary>Joins consecutive readings and lifts the pen at a missing one, so a gap shows as a gap.</summary>
    private static string LinePath(IReadOnlyList<LinePoint> points, Func<double, double> x, Func<double, double> y)
    {
        var sb = new StringBuilder();
        var penDown = false;
        foreach (var p in points)
        {
            if (p.Y is not { } v || !double.IsFinite(v) || !double.IsFinite(p.X))
            {
                penDown = false;
                continue;
            }

            sb.Append(penDown ? 'L' : 'M').Append(SvgText.Coord(x(p.X))).Append(' ').Append(SvgText.Coord(y(v)));
            penDown = true;
        }

        return sb.ToString();
    }

    private static List<LegendEntry> DefaultLegend(LineChartSpec spec, List<LineSeries> series)
    {
        var entries = series.Select(s => new LegendEntry(s.Name, s.Color, LegendSwatch.Line, s.Marker, s.Dash)).ToList();
        if (spec.Band is { } band)
        {
            entries.Add(new LegendEntry(band.Label, ChartColors.BandFill, LegendSwatch.Box, Stroke: ChartColors.Green));
        }

        return entries;
    }
}
