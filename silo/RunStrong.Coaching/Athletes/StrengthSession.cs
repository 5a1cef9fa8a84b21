using System.Text.Json.Serialization;

namespace RunStrong.Coaching.Athletes;

/// <summary>
/// One logged strength session. <see cref="Id"/> is the idempotency key, as for <see cref="Run"/>.
/// </summary>
public sealed record StrengthSession(
    string Id,
    DateTimeOffset StartedAt,
    double DurationMin,
    int? Rpe,
    IReadOnlyList<Exercise> Exercises)
{
    /// <summary>A leg session: at least one exercise loads calves, quads, hamstrings or glutes.</summary>
    [JsonIgnore]
    public bool LoadsLegs
    {
        get
        {
            foreach (var exercise in Exercises)
            {
                if (exercise.LoadsLegs)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
