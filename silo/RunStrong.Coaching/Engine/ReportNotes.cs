using RunStrong.Coaching.Engine.Body;

namespace RunStrong.Coaching.Engine;

/// <summary>
/// Plain-language notes on how a report or plan was worked out, where that is not visible in its figures: today,
/// that the sex-dependent references were read at the female-male midpoint (docs/COACHING.md, "Sex other or unspecified").
/// </summary>
public static class ReportNotes
{
    public const string SexMidpoint =
        "Your profile gives your sex as other or unspecified, and the published references exist for women and men only, " +
        "so every figure that depends on sex (the body-fat estimate, and with it fat-free mass and the fuel targets per kg of it; " +
        "the median FFMI; the FFMI plausibility limit; the body-fat category) uses the midpoint of the female and male values.";

    public static IReadOnlyList<string> For(BodyBaseline body) =>
        body.SexReference == SexReference.Midpoint ? [SexMidpoint] : [];
}
