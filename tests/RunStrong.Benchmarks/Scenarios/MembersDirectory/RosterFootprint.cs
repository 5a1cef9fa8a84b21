using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// The tenant's roster shards as stored (container <c>rosters</c>, blobs <c>{tenantId}/{shard}/snapshot.json</c>
/// and <c>{tenantId}/{shard}/log-{generation}.ndjson</c>): blobs and bytes, snapshots and logs apart.
/// </summary>
public sealed record RosterFootprint(int Blobs, int Snapshots, long SnapshotBytes, int Logs, long LogBytes)
{
    private const string ContainerName = "rosters";

    public long Bytes => SnapshotBytes + LogBytes;

    public static async Task<RosterFootprint> ReadAsync(BlobServiceClient blobs, string tenantId, CancellationToken cancellationToken)
    {
        int blobCount = 0, snapshots = 0, logs = 0;
        long snapshotBytes = 0, logBytes = 0;
        await foreach (var blob in blobs.GetBlobContainerClient(ContainerName).GetBlobsAsync(BlobTraits.None, BlobStates.None, tenantId + "/", cancellationToken))
        {
            blobCount++;
            var length = blob.Properties.ContentLength ?? 0;
            if (blob.Name.EndsWith("/snapshot.json", StringComparison.Ordinal))
            {
                snapshots++;
                snapshotBytes += length;
            }
            else if (blob.Name.EndsWith(".ndjson", StringComparison.Ordinal))
            {
                logs++;
                logBytes += length;
            }
        }

        return new RosterFootprint(blobCount, snapshots, snapshotBytes, logs, logBytes);
    }
}
