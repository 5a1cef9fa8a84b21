using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using RunStrong.Contracts.Serialization;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Members;

/// <summary>
/// Roster shards in Azure Blob storage (container <c>rosters</c>): per shard a snapshot
/// (<c>{tenantId}/{shard}/snapshot.json</c>) and an append blob of the changes since it
/// (<c>{tenantId}/{shard}/log-{generation}.ndjson</c>, one JSON change per line). A publication costs an
/// append of its own few hundred bytes, not a rewrite of the shard; the shard compacts the log into a new
/// snapshot once the log outgrows it (<see cref="LogCompaction"/>), so storage and load time stay
/// proportional to the members.
/// </summary>
public sealed class RosterStore(BlobServiceClient blobs)
{
    public const string ContainerName = "rosters";

    private static readonly JsonSerializerOptions Json = RunStrongSerialization.DomainJsonOptions;
    private readonly CreatedContainer container = new(blobs, ContainerName);

    public static string PrefixOf(string tenantId, int shard) => $"{tenantId}/{shard}/";

    /// <summary>The shard as stored, or null when it has no snapshot (never written, or lost).</summary>
    public async Task<RosterStored?> LoadAsync(string tenantId, int shard, CancellationToken cancellationToken)
    {
        var folder = await container.GetAsync(cancellationToken);
        RosterSnapshot? snapshot;
        try
        {
            var content = await folder.GetBlobClient(SnapshotName(tenantId, shard)).DownloadContentAsync(cancellationToken);
            snapshot = JsonSerializer.Deserialize<RosterSnapshot>(content.Value.Content.ToMemory().Span, Json);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }

        if (snapshot is null)
        {
            return null;
        }

        var (changes, logBytes) = await new LineLog(folder.GetAppendBlobClient(LogName(tenantId, shard, snapshot.Generation))).ReadAsync<RosterChange>(Json, cancellationToken);
        return new RosterStored(snapshot, changes, logBytes);
    }

    /// <summary>Appends <paramref name="changes"/> to the log of <paramref name="generation"/>; returns the bytes appended.</summary>
    public async Task<long> AppendAsync(string tenantId, int shard, int generation, IReadOnlyList<RosterChange> changes, CancellationToken cancellationToken)
    {
        var log = (await container.GetAsync(cancellationToken)).GetAppendBlobClient(LogName(tenantId, shard, generation));
        return await new LineLog(log).AppendAsync(changes, Json, expectedLength: null, cancellationToken);
    }

    /// <summary>
    /// Stores a new snapshot, then deletes the log it replaces. A crash between the two leaves an old log that
    /// nothing reads (the snapshot names the next generation) and the next compaction deletes.
    /// </summary>
    public async Task<long> WriteSnapshotAsync(string tenantId, int shard, RosterSnapshot snapshot, CancellationToken cancellationToken)
    {
        var folder = await container.GetAsync(cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(snapshot, Json);
        await folder.GetBlobClient(SnapshotName(tenantId, shard)).UploadAsync(new BinaryData(bytes), overwrite: true, cancellationToken);
        await folder.GetBlobClient(LogName(tenantId, shard, snapshot.Generation - 1))
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        return bytes.Length;
    }

    /// <summary>Deletes everything stored for the shard (before a rebuild writes it anew).</summary>
    public async Task DeleteAsync(string tenantId, int shard, CancellationToken cancellationToken)
    {
        var folder = await container.GetAsync(cancellationToken);
        await foreach (var blob in folder.GetBlobsAsync(BlobTraits.None, BlobStates.None, PrefixOf(tenantId, shard), cancellationToken))
        {
            await folder.GetBlobClient(blob.Name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }
    }

    private static string SnapshotName(string tenantId, int shard) => $"{PrefixOf(tenantId, shard)}snapshot.json";

    private static string LogName(string tenantId, int shard, int generation) => $"{PrefixOf(tenantId, shard)}log-{generation}.ndjson";
}
