using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>A tenant's athlete state blobs in container <c>athletes</c>, read straight from Azurite.</summary>
public sealed class AthleteBlobs(BlobServiceClient blobs)
{
    private const string ContainerName = "athletes";

    private BlobContainerClient Container => blobs.GetBlobContainerClient(ContainerName);

    /// <summary>The blob-name prefix of the tenant's athletes (up to and including the tenant id and '/') and one blob's name.</summary>
    public async Task<(string Prefix, string SampleName)> TenantPrefixAsync(string tenantId, CancellationToken cancellationToken)
    {
        await foreach (var blob in Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken))
        {
            var at = blob.Name.IndexOf(tenantId + "/", StringComparison.Ordinal);
            if (at >= 0)
            {
                return (blob.Name[..(at + tenantId.Length + 1)], blob.Name);
            }
        }

        throw new InvalidOperationException($"No athlete blob of tenant {tenantId} in '{ContainerName}'.");
    }

    public async Task<long> CountAsync(string prefix, CancellationToken cancellationToken)
    {
        var count = 0L;
        await foreach (var _ in Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>One blob's bytes and content type.</summary>
    public async Task<BlobDownloadResult> DownloadAsync(string name, CancellationToken cancellationToken) =>
        (await Container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
}
