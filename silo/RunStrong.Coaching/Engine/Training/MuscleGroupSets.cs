using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Engine.Training;

/// <summary>
/// Sets per muscle group over a window. An exercise's sets count in full for every group it lists (a squat
/// logged as quads + glutes gives both its sets), as in Schoenfeld, Ogborn &amp; Krieger 2017.
/// </summary>
public sealed record MuscleGroupSets(int Calves, int Quads, int Hamstrings, int Glutes, int Core, int Upper)
{
    public int this[MuscleGroup group] => group switch
    {
        MuscleGroup.Calves => Calves,
        MuscleGroup.Quads => Quads,
        MuscleGroup.Hamstrings => Hamstrings,
        MuscleGroup.Glutes => Glutes,
        MuscleGroup.Core => Core,
        _ => Upper,
    };

    internal static MuscleGroupSets Of(ReadOnlySpan<int> sets) => new(sets[0], sets[1], sets[2], sets[3], sets[4], sets[5]);
}
