namespace RunStrong.Coaching.Engine.Training;

/// <summary>The carbohydrate bands of Thomas et al. 2016 / Burke et al. 2011 (wire: light, moderate, high, veryHigh).</summary>
public enum CarbohydrateBand
{
    Light,
    Moderate,
    High,
    VeryHigh,
}
