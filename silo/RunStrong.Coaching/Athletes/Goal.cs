namespace RunStrong.Coaching.Athletes;

/// <summary>What the athlete wants from their muscle while running: keep it, or build more.</summary>
public enum Goal
{
    Maintain,
    Build,
}
