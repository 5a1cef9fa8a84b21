using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests;

/// <summary>
/// An import's upload is deleted once its job has ended and the retention period has passed. The test needs a
/// retention of seconds, which would break every other test's error report, so it runs on processes of its own.
/// </summary>
public sealed class ImportUploadRetentionTests
{
    private const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_finished_imports_upload_is_deleted_after_the_retention_and_its_errors_then_answer_410()
    {
        await using var cluster = await ProcessCluster.StartAsync(new ProcessClusterOptions
        {
            Discovery = false,
            SiloEnvironment = [new("RunStrong__Imports__UploadRetention", "00:00:03")],
        }, Cancel);
        var (client, tenantId) = await NewGymAsync(cluster);

        using var upload = new StringContent($"{Header}\nr-1,Ana,Lopez,,female,1990,168,60,maintain\nr-2,Bo,Smith,,robot,1985,181,77,build\n", Encoding.UTF8, "text/csv");
        using var accepted = await client.PostAsync($"/api/t/{tenantId}/imports", upload, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.ToString();
        var job = await WaitUntilFinishedAsync(client, location);
        var reportDuringRetention = await client.GetStringAsync($"{location}/errors", Cancel);
        var gone = await GoneWithinAsync(cluster.StorageConnectionString, $"{tenantId}/{location[(location.LastIndexOf('/') + 1)..]}", TimeSpan.FromSeconds(60));
        using var errorsAfter = await client.GetAsync($"{location}/errors", Cancel);
        var progressAfter = await client.GetFromJsonAsync<JsonElement>(location, Cancel);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Contains("3,sex,", reportDuringRetention, StringComparison.Ordinal);
        Assert.True(gone, "The upload was not deleted within 60 s of a 3 s retention.");
        Assert.Equal(HttpStatusCode.Gone, errorsAfter.StatusCode);
        Assert.Equal("application/problem+json", errorsAfter.Content.Headers.ContentType?.MediaType);
        Assert.Contains("retention", await errorsAfter.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        // The job itself stays: counters and first errors.
        Assert.Equal((2L, 1L), (progressAfter.GetProperty("processed").GetInt64(), progressAfter.GetProperty("failed").GetInt64()));
    }

    private static async Task<(HttpClient Client, string TenantId)> NewGymAsync(ProcessCluster cluster)
    {
        using var admin = cluster.GatewayClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", cluster.Secrets.AdminKey);
        var id = $"ret-{Guid.NewGuid():N}"[..20];
        using var created = await admin.PostAsJsonAsync("/api/admin/tenants", new { id, name = "Retention Gym", kind = "gym" }, Cancel);
        created.EnsureSuccessStatusCode();
        var client = cluster.GatewayClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("apiKey").GetString());
        return (client, id);
    }

    private static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location, Cancel);
            if (job.GetProperty("status").GetString() is "completed" or "failed" or "cancelled" || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(200, Cancel);
        }
    }

    private static async Task<bool> GoneWithinAsync(string connectionString, string blobName, TimeSpan timeout)
    {
        var blob = new BlobServiceClient(connectionString).GetBlobContainerClient("imports").GetBlobClient(blobName);
        var deadline = DateTime.UtcNow + timeout;
        while ((await blob.ExistsAsync(Cancel)).Value)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(200, Cancel);
        }

        return true;
    }
}
