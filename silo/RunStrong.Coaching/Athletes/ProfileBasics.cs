namespace RunStrong.Coaching.Athletes;

/// <summary>
/// The body data a gym's member file gave for an athlete who has no complete profile yet (exports rarely carry
/// height or weight). Kept beside the profile rather than in it, so <see cref="AthleteProfile"/> stays complete and
/// the engine never sees a partial one; <see cref="Missing"/> names what coaching still needs, and once nothing is
/// missing <see cref="ToProfile"/> makes the profile. Every field is null when not given.
/// </summary>
public sealed record ProfileBasics(Sex? Sex, int? BirthYear, double? HeightCm, double? WeightKg, Goal? Goal)
{
    public static readonly ProfileBasics None = new(null, null, null, null, null);

    /// <summary>The fields a profile requires that are not given, as camelCase field names in profile order.</summary>
    public IReadOnlyList<string> Missing
    {
        get
        {
            var missing = new List<string>(4);
            if (Sex is null)
            {
                missing.Add("sex");
            }

            if (BirthYear is null)
            {
                missing.Add("birthYear");
            }

            if (HeightCm is null)
            {
                missing.Add("heightCm");
            }

            if (WeightKg is null)
            {
                missing.Add("weightKg");
            }

            return missing;
        }
    }

    public bool IsEmpty => this == None;

    /// <summary>These basics with every field <paramref name="newer"/> gives taking its value; the others kept.</summary>
    public ProfileBasics With(ProfileBasics newer) =>
        new(newer.Sex ?? Sex, newer.BirthYear ?? BirthYear, newer.HeightCm ?? HeightCm, newer.WeightKg ?? WeightKg, newer.Goal ?? Goal);

    /// <summary>
    /// The fields whose value differs from <paramref name="previous"/> (a field given before and now left out is not a
    /// change): what a re-imported row says anew, as opposed to what it still says as it did.
    /// </summary>
    public ProfileBasics ChangedSince(ProfileBasics previous) =>
        new(Changed(Sex, previous.Sex), Changed(BirthYear, previous.BirthYear), Changed(HeightCm, previous.HeightCm), Changed(WeightKg, previous.WeightKg), Changed(Goal, previous.Goal));

    /// <summary>The profile these basics make, with the defaults a PUT without the optional fields gets; null while a field is missing.</summary>
    public AthleteProfile? ToProfile() =>
        Sex is { } sex && BirthYear is { } birthYear && HeightCm is { } height && WeightKg is { } weight
            ? new AthleteProfile(sex, birthYear, height, weight, null, null, null, Goal ?? Athletes.Goal.Maintain, TrainingPhase.Base, false)
            : null;

    /// <summary><paramref name="profile"/> with every field these basics give taking its value; the rest of the profile kept.</summary>
    public AthleteProfile ApplyTo(AthleteProfile profile) =>
        profile with
        {
            Sex = Sex ?? profile.Sex,
            BirthYear = BirthYear ?? profile.BirthYear,
            HeightCm = HeightCm ?? profile.HeightCm,
            WeightKg = WeightKg ?? profile.WeightKg,
            Goal = Goal ?? profile.Goal,
        };

    private static T? Changed<T>(T? value, T? previous)
        where T : struct => Nullable.Equals(value, previous) ? null : value;
}
