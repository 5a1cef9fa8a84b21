using System.Text;
using System.Text.RegularExpressions;

namespace RunStrong.Web.Charts;

/// <summary>
/// Writes one chart's SVG: a fixed-width viewBox that scales to its container (width 100%), a plot area,
/// axes and a legend that wraps below it. Sizes are in viewBox units; 440 wide keeps 12-unit text about
/// 10 px tall on a 375 px phone.
/// </summary>
internal sealed partial class ChartCanvas
{
    public const double Width = 440;
    public const double PlotTop = 26;
    public const double PlotHeight = 170;
    public const double PlotBottom = PlotTop + PlotHeight;
    private const double FontSize = 12;
    private const double CharWidth = FontSize * 0.6;
    private const double LegendRowHeight = 18;
    private const double LegendTop = PlotBottom + 36;

    private readonly StringBuilder body = new();

    public ChartCanvas(bool rightAxis)
    {
        PlotLeft = 46;
        PlotRight = Width - (rightAxis ? 40 : 14);
    }

    public double PlotLeft { get; }

    public double PlotRight { get; }

    public double PlotWidth => PlotRight - PlotLeft;

    public StringBuilder Body => body;

    /// <summary>Rejects ids that could break out of the attribute or clash with CSS selectors.</summary>
    public static void CheckId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException("A chart id starts with a letter and holds only letters, digits, '-' and '_'.", nameof(id));
        }
    }

    /// <summary>The small SVG shown when there is nothing to draw: still titled, still described.</summary>
    public static string Empty(string id, string title, string text)
    {
        CheckId(id);
        var sb = new StringBuilder();
        Open(sb, id, title, text, 48, "rs-chart rs-chart-empty");
        sb.Append("<text class=\"rs-chart-empty-text\" x=\"").Append(SvgText.Coord(Width / 2))
            .Append("\" y=\"28\" text-anchor=\"middle\" fill=\"").Append(ChartColors.Muted).Append("\">")
            .Append(SvgText.Escape(text)).Append("</text></svg>");
        return sb.ToString();
    }

    public static double TextWidth(string text) => text.Length * CharWidth;

    /// <summary>Horizontal grid lines and labels of the left scale, with the unit above.</summary>
    public void LeftAxis(NiceScale scale, string? unit)
    {
        body.Append("<g class=\"rs-chart-grid\" stroke=\"").Append(ChartColors.Grid).Append("\" stroke-width=\"1\">");
        foreach (var tick in scale.Ticks)
        {
            var y = SvgText.Coord(Y(scale, tick));
            body.Append("<line x1=\"").Append(SvgText.Coord(PlotLeft)).Append("\" x2=\"").Append(SvgText.Coord(PlotRight))
                .Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\"/>");
        }

        body.Append("</g>");
        body.Append("<g class=\"rs-chart-tick\" fill=\"").Append(ChartColors.Muted).Append("\" text-anchor=\"end\">");
        foreach (var tick in scale.Ticks)
        {
            Text(PlotLeft - 6, Y(scale, tick) + 4, SvgText.Number(tick, scale.LabelDecimals));
        }

        if (!string.IsNullOrEmpty(unit))
        {
            Text(PlotLeft - 6, PlotTop - 12, unit);
        }

        body.Append("</g>");
    }

    /// <summary>Labels of a second scale on the right-hand side, in the colour of its series.</summary>
    public void RightAxis(NiceScale scale, string? unit, string color)
    {
        body.Append("<g class=\"rs-chart-tick rs-chart-tick-right\" fill=\"").Append(SvgText.Escape(color)).Append("\" text-anchor=\"start\">");
        foreach (var tick in scale.Ticks)
        {
            Text(PlotRight + 6, Y(scale, tick) + 4, SvgText.Number(tick, scale.LabelDecimals));
        }

        if (!string.IsNullOrEmpty(unit))
        {
            Text(PlotRight + 6, PlotTop - 12, unit);
        }

        body.Append("</g>");
    }

    /// <summary>The x axis line and labels, dropping labels that would overlap their neighbours.</summary>
    public void BottomAxis(IReadOnlyList<(double X, string Label)> ticks)
    {
        var y = SvgText.Coord(PlotBottom);
        body.Append("<line class=\"rs-chart-axis\" x1=\"").Append(SvgText.Coord(PlotLeft)).Append("\" x2=\"")
            .Append(SvgText.Coord(PlotRight)).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y)
            .Append("\" stroke=\"").Append(ChartColors.Muted).Append("\" stroke-width=\"1\"/>");
        if (ticks.Count == 0)
        {
            return;
        }

        var widest = ticks.Max(t => TextWidth(t.Label)) + 8;
        var spacing = ticks.Count > 1 ? (ticks[^1].X - ticks[0].X) / (ticks.Count - 1) : widest;
        var every = spacing <= 0 ? 1 : (int)Math.Ceiling(widest / spacing);
        body.Append("<g class=\"rs-chart-tick\" fill=\"").Append(ChartColors.Muted).Append("\" text-anchor=\"middle\">");

        // Count from the last tick so the latest period always keeps its label.
        for (var i = ticks.Count - 1; i >= 0; i -= every)
        {
            var half = TextWidth(ticks[i].Label) / 2;
            var x = Math.Clamp(ticks[i].X, half + 2, Width - half - 2);
            Text(x, PlotBottom + 16, ticks[i].Label);
        }

        body.Append("</g>");
    }

    /// <summary>Lays the legend out in rows under the plot and returns the total height of the chart.</summary>
    public double Legend(IReadOnlyList<LegendEntry> entries)
    {
        var x = PlotLeft;
        var y = LegendTop;
        body.Append("<g class=\"rs-chart-legend\">");
        foreach (var entry in entries)
        {
            var width = 22 + TextWidth(entry.Label) + 10;
            if (x + width > Width - 4 && x > PlotLeft)
            {
                x = PlotLeft;
                y += LegendRowHeight;
            }

            switch (entry.Swatch)
            {
                case LegendSwatch.Box:
                    body.Append("<rect x=\"").Append(SvgText.Coord(x)).Append("\" y=\"").Append(SvgText.Coord(y - 6))
                        .Append("\" width=\"18\" height=\"12\" fill=\"").Append(SvgText.Escape(entry.Color)).Append('"');
                    if (entry.Stroke is not null)
                    {
                        body.Append(" stroke=\"").Append(SvgText.Escape(entry.Stroke)).Append("\" stroke-width=\"1.5\"");
                    }

                    body.Append("/>");
                    break;
                case LegendSwatch.Line:
                    body.Append("<line x1=\"").Append(SvgText.Coord(x)).Append("\" x2=\"").Append(SvgText.Coord(x + 18))
                        .Append("\" y1=\"").Append(SvgText.Coord(y)).Append("\" y2=\"").Append(SvgText.Coord(y))
                        .Append("\" stroke=\"").Append(SvgText.Escape(entry.Color)).Append("\" stroke-width=\"2\"");
                    if (entry.Dash is not null)
                    {
                        body.Append(" stroke-dasharray=\"").Append(SvgText.Escape(entry.Dash)).Append('"');
                    }

                    body.Append("/>");
                    Marker(entry.Marker, x + 9, y, 4, entry.Color, null);
                    break;
                default:
                    Marker(entry.Marker, x + 9, y, 4.5, entry.Color, null);
                    break;
            }

            body.Append("<text x=\"").Append(SvgText.Coord(x + 22)).Append("\" y=\"").Append(SvgText.Coord(y + 4))
                .Append("\" fill=\"").Append(ChartColors.Text).Append("\">").Append(SvgText.Escape(entry.Label)).Append("</text>");
            x += width;
        }

        body.Append("</g>");
        return (entries.Count == 0 ? PlotBottom + 24 : y + 12) + 2;
    }

    /// <summary>Draws a marker; with a title it becomes the point's accessible description.</summary>
    public void Marker(MarkerShape shape, double cx, double cy, double r, string color, string? title)
    {
        body.Append("<path class=\"rs-chart-point\" d=\"").Append(MarkerPath(shape, cx, cy, r)).Append('"');
        if (shape == MarkerShape.Ring)
        {
            body.Append(" fill=\"#ffffff\" stroke=\"").Append(SvgText.Escape(color)).Append("\" stroke-width=\"1.75\"");
        }
        else
        {
            body.Append(" fill=\"").Append(SvgText.Escape(color)).Append('"');
        }

        if (title is null)
        {
            body.Append("/>");
            return;
        }

        body.Append("><title>").Append(SvgText.Escape(title)).Append("</title></path>");
    }

    public static double Y(NiceScale scale, double value) => scale.Map(value, PlotBottom, PlotTop);

    public void Text(double x, double y, string text)
    {
        body.Append("<text x=\"").Append(SvgText.Coord(x)).Append("\" y=\"").Append(SvgText.Coord(y)).Append("\">")
            .Append(SvgText.Escape(text)).Append("</text>");
    }

    /// <summary>Wraps the drawn body in the svg element with its title and description.</summary>
    public string Finish(string id, string title, string description, double height)
    {
        var sb = new StringBuilder(body.Length + 512);
        Open(sb, id, title, description, height, "rs-chart");
        sb.Append(body).Append("</svg>");
        return sb.ToString();
    }

    private static void Open(StringBuilder sb, string id, string title, string description, double height, string cssClass)
    {
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").Append(id).Append("\" class=\"").Append(cssClass)
            .Append("\" viewBox=\"0 0 ").Append(SvgText.Coord(Width)).Append(' ').Append(SvgText.Coord(Math.Ceiling(height)))
            .Append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id)
            .Append("-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"")
            .Append(SvgText.Coord(FontSize)).Append("\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(SvgText.Escape(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(SvgText.Escape(description)).Append("</desc>");
    }

    private static string MarkerPath(MarkerShape shape, double cx, double cy, double r)
    {
        string C(double v) => SvgText.Coord(v);
        return shape switch
        {
            MarkerShape.Square => $"M{C(cx - (r * 0.85))} {C(cy - (r * 0.85))}h{C(r * 1.7)}v{C(r * 1.7)}h{C(-r * 1.7)}z",
            MarkerShape.Diamond => $"M{C(cx)} {C(cy - (r * 1.2))}l{C(r * 1.2)} {C(r * 1.2)}l{C(-r * 1.2)} {C(r * 1.2)}l{C(-r * 1.2)} {C(-r * 1.2)}z",
            MarkerShape.TriangleUp => $"M{C(cx)} {C(cy - (r * 1.2))}l{C(r * 1.2)} {C(r * 2)}h{C(-r * 2.4)}z",
            MarkerShape.TriangleDown => $"M{C(cx)} {C(cy + (r * 1.2))}l{C(r * 1.2)} {C(-r * 2)}h{C(-r * 2.4)}z",
            _ => $"M{C(cx - r)} {C(cy)}a{C(r)} {C(r)} 0 1 0 {C(2 * r)} 0a{C(r)} {C(r)} 0 1 0 {C(-2 * r)} 0z",
        };
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
