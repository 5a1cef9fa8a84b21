using RunStrong.Challenges.Participation;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Onboarding;

namespace RunStrong.Silo.Grains;

/// <summary>What an athlete grain persists. Stored as JSON without type names (see JsonGrainStateSerializer).</summary>
public sealed class AthleteState
{
    public AthleteProfile? Profile { get; set; }

    public AthleteLog Log { get; set; } = new();

    /// <summary>The gym's member record when the athlete came from an import.</summary>
    public MemberRecord? Member { get; set; }

    /// <summary>The club challenges the athlete is in, with score updates their shards have yet to receive.</summary>
    public ChallengeEnrollments Challenges { get; set; } = new();
}
