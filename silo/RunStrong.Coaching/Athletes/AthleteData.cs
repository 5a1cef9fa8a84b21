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
    /// <summary>A profile with nothing logged yet.</summary>
    public static AthleteData Of(AthleteProfile profile) => new(profile, [], [], [], []);
}
