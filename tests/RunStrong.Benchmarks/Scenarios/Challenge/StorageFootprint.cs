using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// The size of what the platform rewrites per change, read from Azurite after the load: the club's blobs in
/// the challenges container (challenge, shards, registry) and one athlete's state blob. Every shard group
/// commit rewrites a whole shard blob, every logged run a whole athlete blob.
/// </summary>
public sealed record StorageFootprint(int ShardBlobs, long ShardBytesAverage, long ShardBytesMax, int OtherChallengeBlobs, long? AthleteBytes)
{
    private const string ChallengesContainer = "challenges", AthletesContainer = "athletes";

    public static async Task<StorageFootprint> ReadAsync(string connectionString, string tenantId, CancellationToken cancellationToken)
    {
        var blobs = new BlobServiceClient(connectionString);
        var shards = new List<long>();
        var others = 0;
        await foreach (var blob in blobs.GetBlobContainerClient(ChallengesContainer).GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken))
        {
            if (!blob.Name.Contains(tenantId, StringComparison.Ordinal))
            {
                continue;
            }

            if (blob.Name.Contains("shard", StringComparison.OrdinalIgnoreCase))
            {
                shards.Add(blob.Properties.ContentLength ?? 0);
            }
            else
            {
                others++;
            }
        }

        // Orleans names a grain's blob {grainType}-{grainId}.json; the athlete grain's id is athlete/{tenantId}/{athleteId}.
        long? athlete = null;
        var prefix = $"athlete-athlete/{tenantId}/{ClubRoster.AthleteId(0)}";
        await foreach (var blob in blobs.GetBlobContainerClient(AthletesContainer).GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            athlete = blob.Properties.ContentLength;
            break;
        }

        return new StorageFootprint(shards.Count, shards.Count == 0 ? 0 : (long)shards.Average(), shards.DefaultIfEmpty().Max(), others, athlete);
    }
}
