using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using RunStrong.Activities.Streams;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.MemberImports;

/// <summary>
/// Gym uploads in Azure Blob storage (container <c>imports</c>, blob <c>{tenantId}/{importId}</c>). An
/// upload is stored whole before it is acknowledged, so an import survives any silo from then on; it is deleted
/// when its job has ended and its retention period has passed (<see cref="ImportUploadRetention"/>).
/// </summary>
public sealed class ImportUploads(BlobServiceClient blobs)
{
    private const string ContainerName = "imports";
    private readonly CreatedContainer container = new(blobs, ContainerName);

    public static string BlobNameOf(string tenantId, string importId) => $"{tenantId}/{importId}";

    /// <summary>Streams <paramref name="body"/> into a new blob; returns the bytes stored.</summary>
    public async Task<long> StoreAsync(string blobName, Stream body, string contentType, CancellationToken cancellationToken)
    {
        var blob = (await container.GetAsync(cancellationToken)).GetBlobClient(blobName);
        var counted = new CountingStream(body);
        await blob.UploadAsync(counted, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = Azure.ETag.All },
        }, cancellationToken);
        return counted.BytesRead;
    }

    public async Task<Stream> OpenAsync(string blobName, CancellationToken cancellationToken) =>
        await (await container.GetAsync(cancellationToken)).GetBlobClient(blobName).OpenReadAsync(cancellationToken: cancellationToken);

    /// <summary>The stored upload, or null when it is gone (deleted after its retention period).</summary>
    public async Task<Stream?> TryOpenAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            return await OpenAsync(blobName, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    /// <summary>Deletes the upload; deleting one that is already gone succeeds, so a retried deletion is harmless.</summary>
    public async Task DeleteAsync(string blobName, CancellationToken cancellationToken) =>
        await (await container.GetAsync(cancellationToken)).GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    /// <summary>The names of every stored upload of <paramref name="tenantId"/> (listed by prefix: no index to keep).</summary>
    public async Task<List<string>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var blob in (await container.GetAsync(cancellationToken)).GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{tenantId}/", cancellationToken))
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
