using System.Globalization;

namespace RunStrong.Web.Charts;

/// <summary>Kilometres per week as bars, hard sessions per week as diamonds on a right-hand count scale.</summary>
public static class WeeklyTrainingChart
{
    /// <summary>Renders the weeks in date order (normally the last 12).</summary>
    /// <param name="id">Unique id on the page.</param>
    /// <param name="weeks">The weeks, in any order.</param>
    public static string Render(string id, IReadOnlyList<TrainingWeek> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        const string title = "Weekly training";
        var ordered = weeks.OrderBy(w => w.WeekStart).ToList();
        var bars = ordered.Select(w => new BarDatum(
            SvgText.ShortDate(w.WeekStart),
            w.Km,
            $"Week of {SvgText.LongDate(w.WeekStart)}: {SvgText.Number(w.Km)} km",
            w.HardSessions,
            $"Week of {SvgText.LongDate(w.WeekStart)}: {Sessions(w.HardSessions)}")).ToList();
        return BarChart.Render(new BarChartSpec(id, title, Describe(ordered), "Distance (km)", bars)
        {
            Unit = "km",
            Color = ChartColors.Blue,
            SecondaryName = "Hard sessions",
            SecondaryUnit = "hard",
            SecondaryColor = ChartColors.Orange,
            SecondaryMarker = MarkerShape.Diamond,
            EmptyText = "No training weeks to show yet.",
        });
    }

    private static string Describe(List<TrainingWeek> weeks)
    {
        if (weeks.Count == 0)
        {
            return "No training weeks to show yet.";
        }

        var latest = weeks[^1];
        var most = weeks.MaxBy(w => w.Km)!;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{weeks.Count} weeks from {SvgText.LongDate(weeks[0].WeekStart)} to {SvgText.LongDate(latest.WeekStart)}. "
            + $"Distance ranged from {SvgText.Number(weeks.Min(w => w.Km))} to {SvgText.Number(most.Km)} km a week "
            + $"(most in the week of {SvgText.LongDate(most.WeekStart)}); the latest week had {SvgText.Number(latest.Km)} km "
            + $"and {Sessions(latest.HardSessions)}. {weeks.Sum(w => w.HardSessions)} hard sessions in all.");
    }

    private static string Sessions(int count) => count == 1 ? "1 hard session" : $"{count.ToString(CultureInfo.InvariantCulture)} hard sessions";
}
