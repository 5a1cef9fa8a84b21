namespace RunStrong.Web.Charts;

/// <summary>Date labels for an x axis measured in <see cref="DateOnly.DayNumber"/>s.</summary>
internal static class DateTicks
{
    private static readonly int[] Steps = [1, 2, 7, 14, 28, 56, 91, 182, 364];

    /// <summary>At most about six labels from the first date, counted back from the last so the latest is labelled.</summary>
    public static IReadOnlyList<AxisTick> For(DateOnly first, DateOnly last)
    {
        var span = last.DayNumber - first.DayNumber;
        var step = Steps.FirstOrDefault(s => span / s <= 5, Steps[^1] * ((span / (Steps[^1] * 5)) + 1));
        var withYear = span > 300;
        var ticks = new List<AxisTick>();
        for (var day = last.DayNumber; day >= first.DayNumber; day -= step)
        {
            var date = DateOnly.FromDayNumber(day);
            ticks.Insert(0, new AxisTick(day, withYear ? date.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : SvgText.ShortDate(date)));
        }

        return ticks;
    }
}
