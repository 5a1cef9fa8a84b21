using System.Globalization;

namespace RunStrong.Web.Charts;

/// <summary>
/// Body mass and fat-free mass by date as two lines (solid and dashed), each reading marked with the shape
/// of its measurement method and named in its title.
/// </summary>
public static class BodyCompositionChart
{
    /// <summary>Renders both series on one kilogram scale; dates may be irregular and differ between the series.</summary>
    /// <param name="id">Unique id on the page.</param>
    /// <param name="bodyMass">Body mass readings, in any order.</param>
    /// <param name="fatFreeMass">Fat-free mass readings, in any order.</param>
    public static string Render(string id, IReadOnlyList<MassReading> bodyMass, IReadOnlyList<MassReading> fatFreeMass)
    {
        ArgumentNullException.ThrowIfNull(bodyMass);
        ArgumentNullException.ThrowIfNull(fatFreeMass);
        var mass = bodyMass.Where(r => double.IsFinite(r.Kg)).OrderBy(r => r.Date).ToList();
        var fatFree = fatFreeMass.Where(r => double.IsFinite(r.Kg)).OrderBy(r => r.Date).ToList();
        var all = mass.Concat(fatFree).ToList();
        var methods = all.Select(r => r.Method).Distinct().OrderBy(m => m.HasValue ? (int)m.Value : -1).ToList();
        var legend = new List<LegendEntry>
        {
            new("Body mass", ChartColors.Blue, LegendSwatch.Line, MarkerShape.Circle),
            new("Fat-free mass", ChartColors.Purple, LegendSwatch.Line, MarkerShape.Circle, "6 4"),
        };

        // Shapes carry the method, so the legend explains each shape that appears, in a neutral colour.
        legend.AddRange(methods.Select(m => new LegendEntry(MethodName(m), ChartColors.Muted, LegendSwatch.Marker, Shape(m))));
        var spec = new LineChartSpec(id, "Body mass and fat-free mass", Describe(mass, fatFree), [
            new LineSeries("Body mass", ChartColors.Blue, Points(mass, "Body mass")),
            new LineSeries("Fat-free mass", ChartColors.Purple, Points(fatFree, "Fat-free mass"), Dash: "6 4"),
        ])
        {
            XTicks = all.Count == 0 ? [] : DateTicks.For(all.Min(r => r.Date), all.Max(r => r.Date)),
            YUnit = "kg",
            Legend = legend,
            EmptyText = "No body mass readings to show yet.",
        };
        return LineChart.Render(spec);
    }

    /// <summary>The marker shape of a method; a plain weigh-in is a filled circle.</summary>
    public static MarkerShape Shape(MeasurementMethod? method) => method switch
    {
        MeasurementMethod.Dexa => MarkerShape.Diamond,
        MeasurementMethod.Bia => MarkerShape.Square,
        MeasurementMethod.Skinfold => MarkerShape.TriangleUp,
        MeasurementMethod.Tape => MarkerShape.TriangleDown,
        MeasurementMethod.Estimated => MarkerShape.Ring,
        _ => MarkerShape.Circle,
    };

    /// <summary>The words for a method in legends and titles.</summary>
    public static string MethodName(MeasurementMethod? method) => method switch
    {
        MeasurementMethod.Dexa => "DEXA",
        MeasurementMethod.Bia => "BIA",
        MeasurementMethod.Skinfold => "skinfold",
        MeasurementMethod.Tape => "tape",
        MeasurementMethod.Estimated => "estimated",
        _ => "scales",
    };

    private static List<LinePoint> Points(List<MassReading> readings, string name) =>
        readings.Select(r => new LinePoint(
            r.Date.DayNumber,
            r.Kg,
            $"{name}, {SvgText.LongDate(r.Date)}: {SvgText.Number(r.Kg)} kg ({MethodName(r.Method)})",
            Shape(r.Method))).ToList();

    private static string Describe(List<MassReading> mass, List<MassReading> fatFree)
    {
        if (mass.Count == 0 && fatFree.Count == 0)
        {
            return "No body mass readings to show yet.";
        }

        return string.Join(' ', new[] { Summary("Body mass", mass), Summary("Fat-free mass", fatFree) }.Where(s => s.Length > 0));
    }

    private static string Summary(string name, List<MassReading> readings)
    {
        if (readings.Count == 0)
        {
            return $"No {name.ToLowerInvariant()} readings.";
        }

        var first = readings[0];
        var last = readings[^1];
        var change = last.Kg - first.Kg;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: {readings.Count} readings, from {SvgText.Number(first.Kg)} kg on {SvgText.LongDate(first.Date)} "
            + $"to {SvgText.Number(last.Kg)} kg on {SvgText.LongDate(last.Date)} "
            + $"({(change >= 0 ? "+" : string.Empty)}{SvgText.Number(change)} kg).");
    }
}
