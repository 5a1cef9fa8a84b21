using RunStrong.Coaching.Athletes;

namespace RunStrong.Challenges.Scoring;

/// <summary>
/// The part of an athlete's log a challenge scores from: the detailed entries (the log's detail window)
/// and the profile's body mass, which judges protein days when no measurement precedes the day. A
/// challenge's days are each member's own local days: <see cref="Calendar"/> places runs and sessions.
/// Cross-training is left out on purpose: it is not km run, a leg session, a protein day or a run day, so it counts
/// for no metric (docs/CHALLENGES.md).
/// </summary>
public sealed record ScoringInput(
    IReadOnlyList<Run> Runs,
    IReadOnlyList<StrengthSession> StrengthSessions,
    IReadOnlyList<NutritionDay> Nutrition,
    IReadOnlyList<Measurement> Measurements,
    double? ProfileWeightKg,
    LocalCalendar Calendar)
{
    public static ScoringInput Empty { get; } = new([], [], [], [], null, LocalCalendar.Utc);
}
