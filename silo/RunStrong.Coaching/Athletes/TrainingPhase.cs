namespace RunStrong.Coaching.Athletes;

/// <summary>Where the athlete is in their running season; strength dosing depends on it.</summary>
public enum TrainingPhase
{
    Base,
    Build,
    Peak,
    Taper,
}
