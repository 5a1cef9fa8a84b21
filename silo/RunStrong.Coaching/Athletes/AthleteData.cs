namespace RunStrong.Coaching.Athletes;

/// <summary>
/// Everything the coaching engine reads about one athlete. Lists need not be sorted; entries after the
/// engine's as-of date are ignored, so the same data evaluates reproducibly for any past date.
/// </summary>
public sealed record AthleteData(
    AthleteProfile Profile,
    IReadOnlyList<Run> Runs,
    IReadOnlyList<StrengthSession> StrengthSessions,
    IReadOnlyList<NutritionDay> Nutrition,
    IReadOnlyList<Measurement> Measurements)
{
    /// <summary>The data with its cross-training sessions too (the list the other constructor leaves empty).</summary>
    public AthleteData(
        AthleteProfile profile,
        IReadOnlyList<Run> runs,
        IReadOnlyList<StrengthSession> strengthSessions,
        IReadOnlyList<NutritionDay> nutrition,
        IReadOnlyList<Measurement> measurements,
        IReadOnlyList<CrossTrainingSession> crossTraining)
        : this(profile, runs, strengthSessions, nutrition, measurements) =>
        CrossTraining = crossTraining;

    /// <summary>
    /// Sessions other than runs: they count in training hours, training load and exercise energy, never in run km or
    /// the running rules (docs/COACHING.md). Empty unless given.
    /// </summary>
    public IReadOnlyList<CrossTrainingSession> CrossTraining { get; init; } = [];

    /// <summary>A profile with nothing logged yet.</summary>
    public static AthleteData Of(AthleteProfile profile) => new(profile, [], [], [], []);
}
