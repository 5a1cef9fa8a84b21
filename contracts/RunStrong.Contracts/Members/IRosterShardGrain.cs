using Orleans.Concurrency;
using RunStrong.Contracts.Security;
using RunStrong.Members;

namespace RunStrong.Contracts.Members;

/// <summary>
/// One of a tenant's <see cref="RosterSharding.ShardCount"/> member directory shards, keyed
/// <c>"{tenantId}/{shard}"</c> (<see cref="RosterKeys"/>): the listings of the athletes that hash to it,
/// indexed for pages, search and the follow-up list. Athletes publish to it after each change; imports
/// publish a batch's members in one call. Rebuilt from the athletes' stored state when its own is lost.
/// </summary>
[GrainScope(GrainScope.Tenant)]
public interface IRosterShardGrain : IGrainWithStringKey
{
    /// <summary>Takes the listings (by revision: stale ones change nothing); completes once they are stored.</summary>
    Task Publish(IReadOnlyList<MemberListing> listings);

    /// <summary>Takes an erased athlete out of the directory for good (a later listing of an older revision stays out).</summary>
    Task Remove(RosterTombstone tombstone);

    /// <summary>
    /// This shard's part of a directory page (see <see cref="RosterPage.Merge"/>). Immutable: a page is never changed
    /// after it is made, so a call within the silo passes it without the deep copy Orleans would otherwise make.
    /// </summary>
    [ReadOnly, AlwaysInterleave]
    Task<Immutable<RosterPage>> Query(RosterQuery query);
}
