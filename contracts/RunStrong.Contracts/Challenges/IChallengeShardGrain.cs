using Orleans.Concurrency;
using RunStrong.Challenges.Standings;
using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Challenges;

/// <summary>
/// One aggregator shard of a challenge, keyed <c>"{tenantId}/{challengeId}/{shard}"</c>. Athletes hash to
/// a shard and send it their latest score; it persists them in group commits and flushes what changed
/// to the challenge on a short timer, so no single grain takes every update.
/// </summary>
[GrainScope(GrainScope.Tenant)]
public interface IChallengeShardGrain : IGrainWithStringKey
{
    /// <summary>Applies an athlete's update (idempotent by revision); completes once it is durably stored.</summary>
    Task Submit(ScoreUpdate update);

    /// <summary>Everything the shard holds (the challenge reads it when it activates).</summary>
    [ReadOnly, AlwaysInterleave]
    Task<ShardStandings> GetStandings();
}
