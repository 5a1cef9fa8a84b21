using RunStrong.Coaching.Log;

namespace RunStrong.Coaching.Validation;

/// <summary>
/// The one rule for when a logged entry may be dated: within the detail window (older entries would only
/// be folded into weekly totals, where a retry could no longer be recognised) and no later than tomorrow
/// (a time-zone margin; anything later is a typo or a clock error).
/// </summary>
internal static class LoggedDates
{
    public static readonly string Rule = $"must be within the last {DetailWindow.Days} days and no later than tomorrow (UTC).";

    public static bool IsAllowed(DateOnly day, DateOnly today) => day >= DetailWindow.FirstDetailedDay(today) && day <= today.AddDays(1);

    public static bool IsAllowed(DateTimeOffset instant, DateOnly today) => IsAllowed(DateOnly.FromDateTime(instant.UtcDateTime), today);
}
