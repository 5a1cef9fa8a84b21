using Orleans.Concurrency;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;
using RunStrong.Challenges.Validation;
using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Challenges;

/// <summary>
/// One club challenge, keyed <c>"{tenantId}/{challengeId}"</c> (<see cref="ChallengeKeys"/>). Holds the
/// definition and teams, merges its shards' flushes and serves the leaderboard from an immutable snapshot.
/// Never on the path of an athlete's log: scores reach it only through its shards, in batches.
/// </summary>
[GrainScope(GrainScope.Tenant)]
public interface IChallengeGrain : IGrainWithStringKey
{
    Task<CreateOutcome> Create(ChallengeDraft draft);

    [ReadOnly, AlwaysInterleave]
    Task<ChallengeDefinition?> GetDefinition();

    Task<CreateOutcome> AddTeam(ChallengeTeam team);

    /// <summary>A shard's changed participants. Idempotent: older revisions than held are ignored.</summary>
    Task ApplyShard(ShardStandings standings);

    /// <summary>The best <paramref name="top"/> teams and athletes of the latest snapshot; null when no such challenge.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<LeaderboardPage?> GetLeaderboard(int top);

    /// <summary>
    /// Long poll for live leaderboards: completes as soon as the latest snapshot is not <paramref name="afterVersion"/>
    /// (newer, or a fresh activation's), else once <paramref name="maxWait"/> passes (capped below the call timeout)
    /// with the current one. Null when no such challenge.
    /// </summary>
    [ReadOnly, AlwaysInterleave]
    Task<LeaderboardPage?> NextLeaderboard(long afterVersion, int top, TimeSpan maxWait);

    /// <summary>An athlete's place on the latest snapshot; null when they are not on it.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<ParticipantStanding?> GetStanding(string athleteId);

    /// <summary>
    /// An athlete left (erased): applies the departure as a shard's flush would, and publishes a new snapshot at
    /// once, so the next leaderboard read no longer counts them. Idempotent by revision.
    /// </summary>
    Task Depart(Departure departure);
}
