namespace RunStrong.Challenges.Rules;

/// <summary>A club's challenge: its id, name, rules and teams.</summary>
/// <param name="ShardCount">How many aggregator shards its scores flow through (fixed at creation, so an athlete always maps to the same shard).</param>
public sealed record ChallengeDefinition(
    string Id,
    string Name,
    ChallengeRules Rules,
    int ShardCount,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ChallengeTeam> Teams)
{
    public ChallengeTeam? Team(string teamId)
    {
        foreach (var team in Teams)
        {
            if (string.Equals(team.Id, teamId, StringComparison.Ordinal))
            {
                return team;
            }
        }

        return null;
    }
}
