namespace RunStrong.Coaching.Tests.Builders;

/// <summary>The UTC day of a built entry: the builders log in UTC, so that is the athlete's day unless a test sets a zone.</summary>
internal static class UtcDays
{
    public static DateOnly UtcDay(this Run run) => LocalCalendar.Utc.DayOf(run.StartedAt);

    public static DateOnly UtcDay(this StrengthSession session) => LocalCalendar.Utc.DayOf(session.StartedAt);
}
