using Azure.Data.Tables;

namespace RunStrong.Silo.Storage;

/// <summary>
/// Which stored names belong to a tenant. Every tenant grain's key is the tenant id or starts with <c>"{tenantId}/"</c>,
/// and tenant ids hold only <c>[a-z0-9-]</c>, so the tenant is always a whole segment right after the grain type:
/// blob grain state is <c>{state}-{graintype}/{tenant}[/{rest}].json</c>, import uploads <c>{tenant}/{importId}</c>;
/// table grain state is keyed <c>{serviceId}_{graintype}_{tenant}[_{rest}]</c> ('/' written as '_'), and reminders
/// name their grain (<c>{graintype}/{tenant}/…</c>) in a column.
/// </summary>
public static class TenantNames
{
    /// <summary>
    /// Whether blob <paramref name="name"/> of <paramref name="container"/> belongs to the tenant. The container says where
    /// the tenant stands: in grain state (<see cref="StorageNames.GrainStateContainers"/>) right after the grain type,
    /// elsewhere first. Reading the name alone would be ambiguous: a tenant may be called "athlete-athlete".
    /// </summary>
    public static bool BlobBelongs(string container, string name, string tenantId)
    {
        var segments = name.Split('/');
        if (segments.Length < 2)
        {
            return false;
        }

        return StorageNames.GrainStateContainers.Contains(container) ? StripJson(segments[1]) == tenantId : segments[0] == tenantId;
    }

    public static bool RowBelongs(TableEntity row, string tenantId, IReadOnlyCollection<string> keyIds, string serviceId)
    {
        if (row.GetString("GrainReference") is { } grain && GrainBelongs(grain.Split('/'), tenantId, keyIds))
        {
            return true;
        }

        return KeyBelongs(row.PartitionKey, tenantId, keyIds, serviceId) || KeyBelongs(row.RowKey, tenantId, keyIds, serviceId);
    }

    private static bool KeyBelongs(string key, string tenantId, IReadOnlyCollection<string> keyIds, string serviceId)
    {
        var prefix = serviceId + "_";
        var rest = key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key;
        return GrainBelongs(rest.Split('_', '/'), tenantId, keyIds);
    }

    /// <summary><c>[graintype, tenant, …]</c>, or an API key grain (<c>[apikey, keyId]</c>) of one of the tenant's keys.</summary>
    private static bool GrainBelongs(string[] segments, string tenantId, IReadOnlyCollection<string> keyIds) =>
        segments.Length > 1 && (segments[1] == tenantId || (segments[0] == "apikey" && keyIds.Contains(segments[1])));

    private static string StripJson(string segment) =>
        segment.EndsWith(".json", StringComparison.Ordinal) ? segment[..^".json".Length] : segment;
}
