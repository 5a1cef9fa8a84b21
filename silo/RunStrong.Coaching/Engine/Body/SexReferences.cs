using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Engine.Body;

/// <summary>The one place a sex-dependent value is chosen, so every formula treats other/unspecified alike.</summary>
public static class SexReferences
{
    public static SexReference Of(Sex sex) => sex switch
    {
        Sex.Female => SexReference.Female,
        Sex.Male => SexReference.Male,
        _ => SexReference.Midpoint,
    };

    /// <summary>
    /// The value for <paramref name="sex"/>: the female or male one, else their midpoint (docs/COACHING.md). A midpoint
    /// is an interpretation, not a published reference: it errs by at most half the female-male gap either way.
    /// </summary>
    public static double Pick(Sex sex, double female, double male) => Of(sex) switch
    {
        SexReference.Female => female,
        SexReference.Male => male,
        _ => (female + male) / 2,
    };
}
