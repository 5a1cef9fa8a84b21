namespace RunStrong.Coaching.Athletes;

/// <summary>How a body-fat figure was measured; fat-free-mass trends only compare like with like.</summary>
public enum BodyFatMethod
{
    Dexa,
    Bia,
    Skinfold,
    Tape,
}
