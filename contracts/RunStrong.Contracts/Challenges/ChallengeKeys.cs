using System.Globalization;

namespace RunStrong.Contracts.Challenges;

/// <summary>
/// Grain keys of a challenge and its shards. The tenant comes first and no id can contain '/', so two
/// tenants' challenges never share a grain (the isolation filter reads the tenant from the key).
/// </summary>
public static class ChallengeKeys
{
    public static string Challenge(string tenantId, string challengeId) => $"{tenantId}/{challengeId}";

    public static string Shard(string tenantId, string challengeId, int shard) =>
        string.Create(CultureInfo.InvariantCulture, $"{tenantId}/{challengeId}/{shard}");

    /// <summary>The challenge a shard key belongs to: the key without its last segment.</summary>
    public static string ChallengeOfShard(string shardKey) => shardKey[..shardKey.LastIndexOf('/')];

    public static int ShardIndexOf(string shardKey) =>
        int.Parse(shardKey.AsSpan(shardKey.LastIndexOf('/') + 1), CultureInfo.InvariantCulture);
}
