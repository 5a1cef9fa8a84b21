using System.Globalization;

namespace RunStrong.Web.Charts;

/// <summary>Fitness, fatigue and form by day, as three lines told apart by colour, dash and marker, with a zero line.</summary>
public static class FitnessChart
{
    /// <summary>Renders the days in date order; long histories are thinned to a bounded number of points.</summary>
    /// <param name="id">Unique id on the page.</param>
    /// <param name="days">The days, in any order.</param>
    public static string Render(string id, IReadOnlyList<TrainingLoadDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var ordered = days.OrderBy(d => d.Date).ToList();
        LineSeries Series(string name, string color, MarkerShape marker, string? dash, Func<TrainingLoadDay, double> value) =>
            new(name, color, ordered.Select(d => new LinePoint(
                d.Date.DayNumber,
                double.IsFinite(value(d)) ? value(d) : null,
                $"{SvgText.DayDate(d.Date)}: {name.ToLowerInvariant()} {SvgText.Number(value(d))}")).ToList(), marker, dash);

        var spec = new LineChartSpec(id, "Fitness, fatigue and form", Describe(ordered), [
            Series("Fitness", ChartColors.Blue, MarkerShape.Circle, null, d => d.Fitness),
            Series("Fatigue", ChartColors.Purple, MarkerShape.Square, "6 3", d => d.Fatigue),
            Series("Form", ChartColors.Orange, MarkerShape.TriangleUp, "2 3", d => d.Form),
        ])
        {
            XTicks = ordered.Count == 0 ? [] : DateTicks.For(ordered[0].Date, ordered[^1].Date),
            ZeroLine = true,
            EmptyText = "No training load to show yet.",
        };
        return LineChart.Render(spec);
    }

    private static string Describe(List<TrainingLoadDay> days)
    {
        if (days.Count == 0)
        {
            return "No training load to show yet.";
        }

        var last = days[^1];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{days.Count} days from {SvgText.LongDate(days[0].Date)} to {SvgText.LongDate(last.Date)}. "
            + $"On {SvgText.LongDate(last.Date)}: fitness {SvgText.Number(last.Fitness)}, fatigue {SvgText.Number(last.Fatigue)}, "
            + $"form {SvgText.Number(last.Form)}{(last.Form < 0 ? " (below zero: more fatigue than fitness)" : string.Empty)}. "
            + $"Fitness ranged from {SvgText.Number(days.Min(d => d.Fitness))} to {SvgText.Number(days.Max(d => d.Fitness))}.");
    }
}
