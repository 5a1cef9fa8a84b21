using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Scoring;

/// <summary>What one athlete did on one day, as challenges count it.</summary>
/// <param name="Distance">Kilometres run, summed per run in whole hundredths (so totals are exact).</param>
/// <param name="ProteinMet">The day's logged protein reached the target per kg of that day's body mass.</param>
public sealed record DayActivity(Score Distance, int RunCount, int HardRuns, int LegSessions, bool ProteinMet)
{
    public static DayActivity None { get; } = new(Score.Zero, 0, 0, 0, false);
}
