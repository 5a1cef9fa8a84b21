using System.Globalization;

namespace RunStrong.Web.Charts;

/// <summary>
/// Protein per day against a shaded target band. Each day's marker tells its status by shape and colour
/// (down triangle below, circle within, up triangle above) and in its title; unlogged days leave a gap.
/// </summary>
public static class ProteinChart
{
    /// <summary>Renders one marker per logged day, joined by a thin line that breaks on unlogged days.</summary>
    /// <param name="id">Unique id on the page.</param>
    /// <param name="days">The days, in any order; a day missing from the list counts as unlogged.</param>
    /// <param name="targetLow">Low end of the target band, in <paramref name="unit"/>.</param>
    /// <param name="targetHigh">High end of the target band, in <paramref name="unit"/>.</param>
    /// <param name="unit">"g" or "g/kg".</param>
    public static string Render(string id, IReadOnlyList<ProteinDay> days, double targetLow, double targetHigh, string unit)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(unit);
        if (targetLow > targetHigh)
        {
            (targetLow, targetHigh) = (targetHigh, targetLow);
        }

        var decimals = unit == "g" ? 0 : 2;
        var target = $"{SvgText.Number(targetLow, 2)}\u2013{SvgText.Number(targetHigh, 2)} {unit}";
        var byDate = days.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Last().Amount);
        var points = new List<LinePoint>();
        if (byDate.Count > 0)
        {
            // Every calendar day gets a slot, so a day absent from the input is a gap too.
            for (var date = byDate.Keys.Min(); date <= byDate.Keys.Max(); date = date.AddDays(1))
            {
                var amount = byDate.GetValueOrDefault(date);
                if (amount is not { } v || !double.IsFinite(v))
                {
                    points.Add(new LinePoint(date.DayNumber, null, $"{SvgText.DayDate(date)}: not logged"));
                    continue;
                }

                var status = StatusOf(v, targetLow, targetHigh);
                var (marker, color, words) = Look(status);
                points.Add(new LinePoint(
                    date.DayNumber,
                    v,
                    $"{SvgText.DayDate(date)}: {SvgText.Number(v, decimals)} {unit} ({words} target {target})",
                    marker,
                    color));
            }
        }

        var spec = new LineChartSpec(id, "Protein per day", Describe(points, targetLow, targetHigh, target, unit), [
            new LineSeries("Protein", ChartColors.Grey, points, MarkerShape.Circle),
        ])
        {
            XTicks = points.Count == 0 ? [] : DateTicks.For(DateOnly.FromDayNumber((int)points[0].X), DateOnly.FromDayNumber((int)points[^1].X)),
            YUnit = unit,
            Band = new ValueBand(targetLow, targetHigh, $"Target {target}"),
            IncludeZero = true,
            EmptyText = "No protein logged in this period.",
            Legend =
            [
                new LegendEntry($"Target {target}", ChartColors.BandFill, LegendSwatch.Box, Stroke: ChartColors.Green),
                new LegendEntry("Below", ChartColors.Red, LegendSwatch.Marker, MarkerShape.TriangleDown),
                new LegendEntry("Within", ChartColors.Green, LegendSwatch.Marker, MarkerShape.Circle),
                new LegendEntry("Above", ChartColors.Blue, LegendSwatch.Marker, MarkerShape.TriangleUp),
            ],
        };
        return LineChart.Render(spec);
    }

    /// <summary>Where <paramref name="amount"/> falls against the band; both ends count as within.</summary>
    public static ProteinStatus StatusOf(double amount, double targetLow, double targetHigh) =>
        amount < targetLow ? ProteinStatus.Below : amount > targetHigh ? ProteinStatus.Above : ProteinStatus.Within;

    private static (MarkerShape Marker, string Color, string Words) Look(ProteinStatus status) => status switch
    {
        ProteinStatus.Below => (MarkerShape.TriangleDown, ChartColors.Red, "below"),
        ProteinStatus.Above => (MarkerShape.TriangleUp, ChartColors.Blue, "above"),
        _ => (MarkerShape.Circle, ChartColors.Green, "within"),
    };

    private static string Describe(List<LinePoint> points, double low, double high, string target, string unit)
    {
        var logged = points.Where(p => p.Y is not null).Select(p => p.Y!.Value).ToList();
        if (logged.Count == 0)
        {
            return "No protein logged in this period.";
        }

        var below = logged.Count(v => v < low);
        var above = logged.Count(v => v > high);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{points.Count} days from {SvgText.LongDate(DateOnly.FromDayNumber((int)points[0].X))} to "
            + $"{SvgText.LongDate(DateOnly.FromDayNumber((int)points[^1].X))}, {logged.Count} logged. Target {target}: "
            + $"{logged.Count - below - above} days within, {below} below, {above} above. "
            + $"Average {SvgText.Number(logged.Average(), unit == "g" ? 0 : 2)} {unit} on logged days.");
    }
}
