using System.Globalization;
using RunStrong.Members;

namespace RunStrong.Contracts.Members;

/// <summary>Grain keys of a tenant's roster shards: the tenant first, so the isolation filter reads the owner from the key.</summary>
public static class RosterKeys
{
    public static string Shard(string tenantId, int shard) => string.Create(CultureInfo.InvariantCulture, $"{tenantId}/{shard}");

    /// <summary>The shard that lists <paramref name="athleteId"/>.</summary>
    public static string ShardOf(string tenantId, string athleteId) => Shard(tenantId, RosterSharding.ShardOf(athleteId));

    /// <summary>Every shard of the tenant, in order.</summary>
    public static IEnumerable<string> AllShards(string tenantId) => Enumerable.Range(0, RosterSharding.ShardCount).Select(i => Shard(tenantId, i));

    public static (string TenantId, int Shard) Parse(string shardKey)
    {
        var slash = shardKey.LastIndexOf('/');
        return (shardKey[..slash], int.Parse(shardKey.AsSpan(slash + 1), CultureInfo.InvariantCulture));
    }
}
