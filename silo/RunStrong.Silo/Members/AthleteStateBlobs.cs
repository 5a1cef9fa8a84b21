using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using RunStrong.Members;
using RunStrong.Silo.Grains;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Members;

/// <summary>
/// Reads athletes' stored state straight from the athlete grain storage (<c>athletes</c> container, blobs
/// <c>athlete-athlete/{tenantId}/{athleteId}.json</c>, the blob provider's naming): the source a lost roster
/// shard is rebuilt from, without activating a grain per athlete.
/// </summary>
public sealed class AthleteStateBlobs(BlobServiceClient blobs)
{
    private const string ContainerName = "athletes", Prefix = "athlete-athlete/", Suffix = ".json";

    /// <summary>Blob downloads in flight at once: enough to hide latency, few enough not to starve live traffic.</summary>
    private const int Concurrency = 16;

    /// <summary>The stored state of every athlete of <paramref name="tenantId"/> that roster shard <paramref name="shard"/> lists.</summary>
    public async Task<IReadOnlyList<(string AthleteId, AthleteState State)>> ReadShardAsync(string tenantId, int shard, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(ContainerName);
        var tenantPrefix = $"{Prefix}{tenantId}/";
        var names = new List<(string Name, string AthleteId)>();
        try
        {
            await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, tenantPrefix, cancellationToken))
            {
                if (blob.Name.EndsWith(Suffix, StringComparison.Ordinal))
                {
                    var athleteId = blob.Name[tenantPrefix.Length..^Suffix.Length];
                    if (RosterSharding.ShardOf(athleteId) == shard)
                    {
                        names.Add((blob.Name, athleteId));
                    }
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return []; // no athlete stored anywhere yet
        }

        var states = new ConcurrentBag<(string, AthleteState)>();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (blob, ct) =>
        {
            try
            {
                var content = await container.GetBlobClient(blob.Name).DownloadContentAsync(ct);
                states.Add((blob.AthleteId, JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(content.Value.Content)));
            }
            catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
            {
                // Erased between the listing and the read.
            }
        });
        return [.. states];
    }
}
