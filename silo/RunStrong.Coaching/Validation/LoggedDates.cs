namespace RunStrong.Coaching.Validation;

/// <summary>
/// The dates a log entry may carry: from 1970 to tomorrow (UTC), since a client ahead of UTC is already in
/// tomorrow. Same bounds as <see cref="RunInput"/>'s start time.
/// </summary>
internal static class LoggedDates
{
    public const string Rule = "must be after 1970-01-01 and no later than tomorrow (UTC).";

    private static readonly DateOnly Earliest = new(1970, 1, 1);

    public static bool IsAllowed(DateOnly day, DateOnly today) => day >= Earliest && day <= today.AddDays(1);

    public static bool IsAllowed(DateTimeOffset instant, DateOnly today) =>
        instant.UtcDateTime.Year >= 1970 && IsAllowed(DateOnly.FromDateTime(instant.UtcDateTime), today);
}
