namespace RunStrong.Coaching.Athletes;

public static class MuscleGroupExtensions
{
    /// <summary>The running muscles: calves, quads, hamstrings and glutes (docs/COACHING.md, STRENGTH_* rules).</summary>
    public static bool IsLeg(this MuscleGroup group) => group <= MuscleGroup.Glutes;
}
