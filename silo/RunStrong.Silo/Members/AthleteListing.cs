using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Log;
using RunStrong.Members;
using RunStrong.Silo.Grains;

namespace RunStrong.Silo.Members;

/// <summary>What the members directory lists for an athlete, read from the athlete's state.</summary>
public static class AthleteListing
{
    /// <summary>
    /// The athlete's listing as of <paramref name="now"/>: identity, the coaching engine's risk as of their local
    /// today (none without a profile), and their latest training day.
    /// </summary>
    public static MemberListing Of(string athleteId, AthleteState athlete, DateTimeOffset now, long revision)
    {
        var calendar = athlete.Profile?.Calendar ?? LocalCalendar.Utc;
        var report = athlete.Profile is { } profile ? CoachingEngine.Evaluate(athlete.Log.ToAthleteData(profile), calendar.Today(now)) : null;
        var identity = athlete.CurrentIdentity();
        return new MemberListing(
            athleteId, identity?.ExternalId, identity?.FirstName, identity?.LastName, identity?.Email,
            report?.MuscleRetentionRisk, report?.RiskFactors ?? [], LastActivityOn(athlete.Log, calendar), now, revision);
    }

    /// <summary>
    /// A revision later than <paramref name="previous"/> and than any an earlier life of the athlete could have
    /// published (the clock's ticks): so a listing published after an erase and a re-creation is never taken for stale.
    /// </summary>
    public static long NextRevision(long previous, DateTimeOffset now) => Math.Max(previous + 1, now.UtcTicks);

    /// <summary>
    /// The local day of the latest run, strength or cross-training session; for training only in folded weeks, the last day of
    /// the latest such week (the day itself is no longer stored).
    /// </summary>
    private static DateOnly? LastActivityOn(AthleteLog log, LocalCalendar calendar)
    {
        DateOnly? latest = null;
        foreach (var run in log.Runs)
        {
            latest = Later(latest, calendar.DayOf(run.StartedAt));
        }

        foreach (var session in log.StrengthSessions)
        {
            latest = Later(latest, calendar.DayOf(session.StartedAt));
        }

        foreach (var session in log.CrossTraining)
        {
            latest = Later(latest, calendar.DayOf(session.StartedAt));
        }

        if (latest is null && log.EarlierWeeks.Where(w => w.Runs > 0 || w.StrengthSessions > 0 || w.CrossTrainingSessions > 0).Select(w => (DateOnly?)w.WeekOf).Max() is { } week)
        {
            latest = week.AddDays(6);
        }

        return latest;
    }

    private static DateOnly Later(DateOnly? a, DateOnly b) => a is { } day && day > b ? day : b;
}
