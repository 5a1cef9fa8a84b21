namespace RunStrong.Coaching.Engine;

/// <summary>How likely the athlete is to lose muscle now (wire: low, moderate, high).</summary>
public enum MuscleRetentionRisk
{
    Low,
    Moderate,
    High,
}
