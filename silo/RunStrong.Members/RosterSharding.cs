namespace RunStrong.Members;

/// <summary>
/// Which of its tenant's roster shards lists an athlete. Fixed: changing <see cref="ShardCount"/> moves members
/// between shards, which would then need rebuilding. 16 shards keep a 100,000-member gym at about 6,000 members
/// per shard (a page or a search over one shard is sub-millisecond) while a small club costs 16 tiny grains.
/// </summary>
public static class RosterSharding
{
    public const int ShardCount = 16;

    /// <summary>FNV-1a over the athlete id: stable across processes and versions, unlike string.GetHashCode.</summary>
    public static int ShardOf(string athleteId)
    {
        const uint offsetBasis = 2166136261, prime = 16777619;
        var hash = offsetBasis;
        foreach (var c in athleteId)
        {
            hash = (hash ^ c) * prime;
        }

        return (int)(hash % ShardCount);
    }
}
