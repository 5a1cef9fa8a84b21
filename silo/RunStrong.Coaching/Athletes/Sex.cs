namespace RunStrong.Coaching.Athletes;

/// <summary>
/// Sex as used by the body-composition references (FFMI medians, body-fat charts, the body-fat estimate). The
/// references exist for women and men only; for <see cref="Other"/> and <see cref="Unspecified"/> every figure that
/// depends on sex uses the midpoint of the female and male values and says so (docs/COACHING.md, "Sex other or unspecified").
/// </summary>
public enum Sex
{
    Female,
    Male,
    Other,
    Unspecified,
}
