namespace RunStrong.Web.Charts;

/// <summary>Vertical bars on a left scale, with optional markers for a second value on a right scale.</summary>
public static class BarChart
{
    /// <summary>Upper bound on bars; longer inputs keep the most recent (last) bars.</summary>
    public const int MaxBars = 120;

    /// <summary>Renders the chart as an SVG string, or a small "nothing to show" SVG when there are no bars.</summary>
    public static string Render(BarChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ChartCanvas.CheckId(spec.Id);
        var bars = spec.Bars.Where(b => double.IsFinite(b.Value)).TakeLast(MaxBars).ToList();
        if (bars.Count == 0)
        {
            return ChartCanvas.Empty(spec.Id, spec.Title, spec.EmptyText);
        }

        var secondary = spec.SecondaryName is not null && bars.Any(b => b.Secondary is { } v && double.IsFinite(v));
        var yScale = NiceScale.For(Math.Min(0, bars.Min(b => b.Value)), Math.Max(0, bars.Max(b => b.Value)));
        var canvas = new ChartCanvas(rightAxis: secondary);
        canvas.LeftAxis(yScale, spec.Unit);
        NiceScale? rightScale = null;
        if (secondary)
        {
            var values = bars.Where(b => b.Secondary is { } v && double.IsFinite(v)).Select(b => b.Secondary!.Value).ToList();
            rightScale = RightScale(Math.Min(0, values.Min()), Math.Max(0, values.Max()), spec.SecondaryWholeNumbers, yScale.Ticks.Count);
            canvas.RightAxis(rightScale, spec.SecondaryUnit, spec.SecondaryColor);
        }

        var slot = canvas.PlotWidth / bars.Count;
        var barWidth = Math.Min(slot * 0.62, 40);
        double Center(int i) => canvas.PlotLeft + (slot * (i + 0.5));

        canvas.BottomAxis(bars.Select((b, i) => (Center(i), b.Label)).ToList());
        var body = canvas.Body;
        var zero = ChartCanvas.Y(yScale, 0);
        body.Append("<g class=\"rs-chart-series rs-chart-series-1 rs-chart-bars\" fill=\"").Append(SvgText.Escape(spec.Color)).Append("\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = ChartCanvas.Y(yScale, bars[i].Value);
            body.Append("<rect class=\"rs-chart-bar\" x=\"").Append(SvgText.Coord(Center(i) - (barWidth / 2))).Append("\" y=\"")
                .Append(SvgText.Coord(Math.Min(y, zero))).Append("\" width=\"").Append(SvgText.Coord(barWidth))
                .Append("\" height=\"").Append(SvgText.Coord(Math.Abs(zero - y))).Append("\"><title>")
                .Append(SvgText.Escape(bars[i].Title)).Append("</title></rect>");
        }

        body.Append("</g>");
        var legend = new List<LegendEntry> { new(spec.SeriesName, spec.Color, LegendSwatch.Box) };
        if (rightScale is not null)
        {
            body.Append("<g class=\"rs-chart-series rs-chart-series-2\">");
            for (var i = 0; i < bars.Count; i++)
            {
                if (bars[i].Secondary is { } v && double.IsFinite(v))
                {
                    // A white halo keeps the marker readable where it overlaps its bar.
                    var cy = ChartCanvas.Y(rightScale, v);
                    body.Append("<circle cx=\"").Append(SvgText.Coord(Center(i))).Append("\" cy=\"").Append(SvgText.Coord(cy))
                        .Append("\" r=\"6.5\" fill=\"#ffffff\"/>");
                    canvas.Marker(spec.SecondaryMarker, Center(i), cy, 4.5, spec.SecondaryColor, bars[i].SecondaryTitle ?? SvgText.Number(v));
                }
            }

            body.Append("</g>");
            legend.Add(new LegendEntry(spec.SecondaryName + " (right scale)", spec.SecondaryColor, LegendSwatch.Marker, spec.SecondaryMarker));
        }

        var height = canvas.Legend(legend);
        return canvas.Finish(spec.Id, spec.Title, spec.Description, height);
    }

    /// <summary>
    /// A right-hand scale whose ticks fall on the left scale's grid lines where it can (counts from zero),
    /// so one set of grid lines serves both.
    /// </summary>
    private static NiceScale RightScale(double low, double high, bool wholeNumbers, int leftTicks)
    {
        if (wholeNumbers && low >= 0 && leftTicks > 1)
        {
            var step = Math.Max(1, Math.Ceiling(high / (leftTicks - 1)));
            return new NiceScale(0, step * (leftTicks - 1), step);
        }

        var scale = NiceScale.For(low, high);
        return wholeNumbers && scale.Step < 1 ? new NiceScale(Math.Floor(low), Math.Max(1, Math.Ceiling(high)), 1) : scale;
    }
}
