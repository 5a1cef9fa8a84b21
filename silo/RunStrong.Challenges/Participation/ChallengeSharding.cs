namespace RunStrong.Challenges.Participation;

/// <summary>
/// Which aggregator shard an athlete's updates go to. Stable across processes and releases (FNV-1a over
/// the id's UTF-16 code units, not string.GetHashCode, which is randomised per process).
/// </summary>
public static class ChallengeSharding
{
    /// <summary>
    /// Shards per challenge. 10,000 participants logging 500 activities a second give each shard about 16
    /// updates a second, committed in groups; the challenge grain receives one flush per shard per tick.
    /// Fixed per challenge at creation, so raising it later only affects new challenges.
    /// </summary>
    public const int DefaultShardCount = 32;

    public static int ShardOf(string athleteId, int shardCount)
    {
        const uint offsetBasis = 2166136261, prime = 16777619;
        var hash = offsetBasis;
        foreach (var c in athleteId)
        {
            hash = (hash ^ c) * prime;
        }

        return (int)(hash % (uint)shardCount);
    }
}
