using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>
/// Where challenge shards log their score changes between snapshots: container <c>challenge-logs</c>, one append
/// blob per shard and snapshot generation, <c>{tenantId}/{challengeId}/{shard}/log-{generation}.ndjson</c> (so a
/// tenant's erasure finds them by name). The snapshot itself is the shard's grain state.
/// </summary>
public sealed class ChallengeShardLog(BlobServiceClient blobs)
{
    public const string ContainerName = "challenge-logs";

    /// <summary>Lines are small and many: leave out nulls and defaults.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    private readonly CreatedContainer container = new(blobs, ContainerName);

    public static string NameOf(string shardKey, int generation) => $"{shardKey}/log-{generation}.ndjson";

    public async Task<LineLog> OpenAsync(string shardKey, int generation, CancellationToken cancellationToken) =>
        new((await container.GetAsync(cancellationToken)).GetAppendBlobClient(NameOf(shardKey, generation)));
}
