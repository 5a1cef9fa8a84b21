namespace RunStrong.Silo.Storage;

/// <summary>Grain storage providers. Changing a name (or the ServiceId) orphans the state stored under it.</summary>
public static class StorageNames
{
    /// <summary>Athlete state: blobs, because a busy athlete's state outgrows a table entity's property limits.</summary>
    public const string Athletes = "athletes";

    /// <summary>Tenants and their keys: small records in a table.</summary>
    public const string Tenants = "tenants";

    /// <summary>Challenges, their shards and each club's challenge list: blobs, as a shard holds hundreds of participants.</summary>
    public const string Challenges = "challenges";

    /// <summary>
    /// The blob containers Orleans keeps grain state in, each named as its provider (blob names
    /// <c>{state}-{graintype}/{grain key}.json</c>). Every other container of the account names its blobs
    /// <c>{tenantId}/…</c> (import uploads, roster shards).
    /// </summary>
    public static readonly IReadOnlySet<string> GrainStateContainers = new HashSet<string>(StringComparer.Ordinal) { Athletes, Challenges };
}
