using System.Text.Json.Serialization;
using RunStrong.Coaching.Athletes;
using static RunStrong.Coaching.Engine.CoachingThresholds;

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

    /// <summary>
    /// Some leg group reaches the weekly floor of hard sets while another does not (Schoenfeld, Ogborn &amp; Krieger
    /// 2017); no leg work at all is not a gap but STRENGTH_LOWER_BODY_LOW's concern.
    /// </summary>
    [JsonIgnore]
    public bool HasLegGroupGap
    {
        get
        {
            var trained = Calves >= MinSetsPerLegGroup || Quads >= MinSetsPerLegGroup || Hamstrings >= MinSetsPerLegGroup || Glutes >= MinSetsPerLegGroup;
            var gap = Calves < MinSetsPerLegGroup || Quads < MinSetsPerLegGroup || Hamstrings < MinSetsPerLegGroup || Glutes < MinSetsPerLegGroup;
            return trained && gap;
        }
    }

    internal static MuscleGroupSets Of(ReadOnlySpan<int> sets) => new(sets[0], sets[1], sets[2], sets[3], sets[4], sets[5]);
}
