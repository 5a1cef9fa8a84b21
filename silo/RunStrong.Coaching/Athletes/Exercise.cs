namespace RunStrong.Coaching.Athletes;

/// <summary>One exercise of a strength session: the muscle groups it loads and the work done.</summary>
public sealed record Exercise(string Name, IReadOnlyList<MuscleGroup> MuscleGroups, int Sets, int Reps, double? LoadKg)
{
    /// <summary>Whether any of the groups is a leg group (calves, quads, hamstrings, glutes).</summary>
    public bool LoadsLegs
    {
        get
        {
            foreach (var group in MuscleGroups)
            {
                if (group.IsLeg())
                {
                    return true;
                }
            }

            return false;
        }
    }
}
