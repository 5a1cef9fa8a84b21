namespace RunStrong.Coaching.Engine.Body;

/// <summary>
/// Which reference values the sex-dependent figures were read from: the female or male ones, or the midpoint of
/// the two when the athlete's sex is other or unspecified (no reference population exists for them).
/// </summary>
public enum SexReference
{
    Female,
    Male,
    Midpoint,
}
