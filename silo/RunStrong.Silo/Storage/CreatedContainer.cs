using Azure.Storage.Blobs;

namespace RunStrong.Silo.Storage;

/// <summary>A blob container created on first use (once per process), so no host needs a set-up step for it.</summary>
public sealed class CreatedContainer(BlobServiceClient blobs, string name)
{
    private BlobContainerClient? container;

    public async Task<BlobContainerClient> GetAsync(CancellationToken cancellationToken)
    {
        if (container is null)
        {
            var client = blobs.GetBlobContainerClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            container = client;
        }

        return container;
    }
}
