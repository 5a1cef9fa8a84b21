using RunStrong.Coaching.Engine;

namespace RunStrong.Challenges.Scoring;

/// <summary>
/// A challenge week (7 days from the challenge's start, or a multiple of 7 after it) that pulled all four
/// levers: enough running, intensity kept in check, leg strength twice, protein on most days.
/// </summary>
public static class BalancedWeek
{
    /// <summary>Run on at least 3 days (the plan's minimum run days, CoachingThresholds.MinRunDays).</summary>
    public const int MinRunDays = CoachingThresholds.MinRunDays;

    /// <summary>At most 2 hard runs (Seiler 2010, CoachingThresholds.MaxHardSessionsPerWeek).</summary>
    public const int MaxHardRuns = CoachingThresholds.MaxHardSessionsPerWeek;

    /// <summary>2 leg-strength sessions (Schoenfeld et al. 2016; Blagrove et al. 2018; CoachingThresholds.LegSessionsPerWeek).</summary>
    public const int MinLegSessions = CoachingThresholds.LegSessionsPerWeek;

    /// <summary>
    /// Protein target (1.6 g/kg, Morton et al. 2018) met on at least 4 of the 7 days: most days, the same
    /// bar COACHING.md's LOGGING_INSUFFICIENT sets for a week with enough nutrition logged (interpretation).
    /// </summary>
    public const int MinProteinDays = 4;

    public const int Length = 7;

    public static bool IsBalanced(ActivityDays days, DateOnly firstDay)
    {
        int runDays = 0, hardRuns = 0, legSessions = 0, proteinDays = 0;
        for (var offset = 0; offset < Length; offset++)
        {
            var day = days.On(firstDay.AddDays(offset));
            runDays += day.RunCount > 0 ? 1 : 0;
            hardRuns += day.HardRuns;
            legSessions += day.LegSessions;
            proteinDays += day.ProteinMet ? 1 : 0;
        }

        return runDays >= MinRunDays && hardRuns <= MaxHardRuns && legSessions >= MinLegSessions && proteinDays >= MinProteinDays;
    }
}
