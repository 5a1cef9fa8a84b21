using RunStrong.Challenges.Rules;

namespace RunStrong.Silo.Grains;

/// <summary>What a challenge grain persists: the definition and teams. Scores live in its shards.</summary>
public sealed class ChallengeState
{
    public ChallengeDefinition? Definition { get; set; }
}
