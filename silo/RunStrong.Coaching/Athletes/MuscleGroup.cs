namespace RunStrong.Coaching.Athletes;

/// <summary>The muscle groups an exercise loads (wire names: calves, quads, hamstrings, glutes, core, upper).</summary>
public enum MuscleGroup
{
    Calves,
    Quads,
    Hamstrings,
    Glutes,
    Core,
    Upper,
}
