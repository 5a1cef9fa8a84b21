using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;

namespace RunStrong.Coaching.Validation;

/// <summary>
/// The one rule for when a logged entry may be dated, in the athlete's local dates: within the detail window
/// (older entries would only be folded into weekly totals, where a retry could no longer be recognised) and
/// no later than tomorrow for activities (a margin for a device clock that runs ahead; anything later is a
/// typo or a clock error). A day's nutrition is a date the athlete picks, so it may not lie in the future.
/// </summary>
internal static class LoggedDates
{
    public static readonly string Rule = $"must be within the last {DetailWindow.Days} days and no later than tomorrow (in the athlete's time zone).";

    public static readonly string PastRule = $"must be within the last {DetailWindow.Days} days and not after today (in the athlete's time zone).";

    public static bool IsAllowed(DateOnly day, DateOnly today) => day >= DetailWindow.FirstDetailedDay(today) && day <= today.AddDays(1);

    public static bool IsAllowed(DateTimeOffset instant, LocalCalendar calendar, DateOnly today) => IsAllowed(calendar.DayOf(instant), today);

    public static bool IsPast(DateOnly day, DateOnly today) => day >= DetailWindow.FirstDetailedDay(today) && day <= today;
}
