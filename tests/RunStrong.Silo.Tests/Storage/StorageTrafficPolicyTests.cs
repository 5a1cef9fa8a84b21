using RunStrong.LocalStorage;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests.Storage;

/// <summary>
/// The silo's storage clients count what they send, on a real Azurite: every attempt by service and HTTP method
/// with the request-body bytes it carried, as the storage traffic metrics export them.
/// </summary>
public sealed class StorageTrafficPolicyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Blob_and_table_requests_are_counted_by_service_and_method_with_their_body_bytes()
    {
        await using var azurite = await AzuriteProcess.StartAsync(cancellationToken: Cancel);
        var storage = new StorageClients(azurite.ConnectionString, new StorageCircuit(TimeProvider.System));

        var container = storage.Blobs.GetBlobContainerClient("traffic");
        await container.CreateAsync(cancellationToken: Cancel);
        await container.GetBlobClient("state").UploadAsync(BinaryData.FromBytes(new byte[1_234]), Cancel);
        await container.GetBlobClient("state").UploadAsync(BinaryData.FromBytes(new byte[766]), overwrite: true, Cancel);
        await container.GetBlobClient("state").DownloadContentAsync(Cancel);
        await storage.Tables.GetTableClient("traffic").CreateIfNotExistsAsync(Cancel);

        var rows = storage.Traffic.Snapshot();
        Assert.All(rows, row => Assert.True(row.Answered));

        // Two uploads of 1,234 and 766 bytes, and the container's creation without a body.
        var blobPuts = Assert.Single(rows, r => r is { Service: StorageTraffic.Blob, Method: "PUT" });
        Assert.Equal(3, blobPuts.Requests);
        Assert.Equal(2_000, blobPuts.BodyBytes);

        var blobGets = Assert.Single(rows, r => r is { Service: StorageTraffic.Blob, Method: "GET" });
        Assert.Equal(1, blobGets.Requests);
        Assert.Equal(0, blobGets.BodyBytes);

        // The table's creation: a POST with the table's name as JSON.
        var tablePosts = Assert.Single(rows, r => r is { Service: StorageTraffic.Table, Method: "POST" });
        Assert.Equal(1, tablePosts.Requests);
        Assert.InRange(tablePosts.BodyBytes, "traffic".Length, 100);
    }
}
