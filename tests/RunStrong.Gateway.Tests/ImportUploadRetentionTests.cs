using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// An import's upload is deleted once its job has ended and the retention period has passed. These tests need a
/// retention of seconds, which would break every other test's error report, so they run on a platform of their own.
/// </summary>
public sealed class ImportUploadRetentionTests(ImportUploadRetentionTests.ShortRetentionPlatform platform)
    : IClassFixture<ImportUploadRetentionTests.ShortRetentionPlatform>
{
    private const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private static readonly TimeSpan Retention = TimeSpan.FromSeconds(3);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_finished_imports_upload_is_deleted_after_the_retention_and_its_errors_then_answer_410()
    {
        var tenant = await platform.Platform.CreateTenantAsync("gym");
        using var client = platform.Platform.TenantClient(tenant.ApiKey);

        using var accepted = await client.PostAsync(
            $"/api/t/{tenant.Id}/imports", ImportsTests.Csv($"{Header}\nr-1,Ana,Lopez,,female,1990,168,60,maintain\nr-2,Bo,Smith,,robot,1985,181,77,build\n"), Cancel);
        var location = accepted.Headers.Location!;
        var job = await ImportsTests.WaitUntilFinishedAsync(client, location.ToString());
        var reportDuringRetention = await client.GetStringAsync($"{location}/errors", Cancel);
        var gone = await ImportUploadBlobs.GoneWithinAsync(platform.Platform.StorageConnectionString, tenant.Id, ImportUploadBlobs.IdOf(location), TimeSpan.FromSeconds(60));
        using var errorsAfter = await client.GetAsync($"{location}/errors", Cancel);
        var progressAfter = await client.GetFromJsonAsync<JsonElement>(location, Cancel);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Contains("3,sex,", reportDuringRetention, StringComparison.Ordinal);
        Assert.True(gone, "The upload was not deleted within 60 s of a 3 s retention.");
        var problem = await AssertProblemAsync(errorsAfter, HttpStatusCode.Gone);
        Assert.Contains("retention", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The job itself stays: counters and first errors.
        Assert.Equal((2L, 1L), (progressAfter.GetProperty("processed").GetInt64(), progressAfter.GetProperty("failed").GetInt64()));
    }

    /// <summary>A platform whose silo keeps uploads for <see cref="Retention"/> only.</summary>
    public sealed class ShortRetentionPlatform : IAsyncLifetime
    {
        public InProcessPlatform Platform { get; private set; } = null!;

        public async ValueTask InitializeAsync() =>
            Platform = await InProcessPlatform.StartAsync(
                gatewaySettings: null,
                siloSettings: new Dictionary<string, string> { ["RunStrong:Imports:UploadRetention"] = Retention.ToString("c", System.Globalization.CultureInfo.InvariantCulture) });

        public async ValueTask DisposeAsync()
        {
            if (Platform is not null)
            {
                await Platform.DisposeAsync();
            }
        }
    }
}
