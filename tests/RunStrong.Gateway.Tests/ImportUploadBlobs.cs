using Azure.Storage.Blobs;

namespace RunStrong.Gateway.Tests;

/// <summary>Looks at import uploads in blob storage directly (container <c>imports</c>, blob <c>{tenantId}/{importId}</c>).</summary>
internal static class ImportUploadBlobs
{
    public static async Task<bool> ExistsAsync(string connectionString, string tenantId, string importId) =>
        (await new BlobServiceClient(connectionString).GetBlobContainerClient("imports").GetBlobClient($"{tenantId}/{importId}")
            .ExistsAsync(TestContext.Current.CancellationToken)).Value;

    /// <summary>Waits up to <paramref name="timeout"/> for the upload to be gone; true when it is.</summary>
    public static async Task<bool> GoneWithinAsync(string connectionString, string tenantId, string importId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await ExistsAsync(connectionString, tenantId, importId))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        return true;
    }

    /// <summary>The import id at the end of an upload's Location header.</summary>
    public static string IdOf(Uri location) => location.ToString()[(location.ToString().LastIndexOf('/') + 1)..];
}
