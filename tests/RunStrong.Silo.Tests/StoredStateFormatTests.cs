using System.Text.Json;
using Azure.Storage.Blobs;
using RunStrong.Contracts.Athletes;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Grain state is stored as plain camelCase JSON without .NET type names, so renaming or moving a state
/// type never makes stored data unreadable (the Orleans default writes "$type").
/// </summary>
public sealed class StoredStateFormatTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Athlete_state_blob_is_camel_case_json_without_type_names()
    {
        var key = NewAthleteKey();
        var athlete = AthleteAsItsTenant(fixture.Grains, key);
        await athlete.SetProfile(Profile());
        await athlete.LogRun(EasyRun("r-1", RunStrong.Testing.TestDates.DaysAgo(5)));

        var container = new BlobServiceClient(fixture.StorageConnectionString).GetBlobContainerClient("athletes");
        var blob = await FindBlobContainingAsync(container, key.Replace('/', '_'));
        var json = (await container.GetBlobClient(blob).DownloadContentAsync(TestContext.Current.CancellationToken)).Value.Content.ToString();

        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("female", root.GetProperty("profile").GetProperty("sex").GetString());
        Assert.Equal("easy", root.GetProperty("log").GetProperty("runs")[0].GetProperty("kind").GetString());
    }

    private static async Task<string> FindBlobContainingAsync(BlobContainerClient container, string fragment)
    {
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            names.Add(item.Name);
        }

        return names.FirstOrDefault(n => n.Contains(fragment, StringComparison.Ordinal))
            ?? names.Single(n => n.Contains(fragment.Split('_')[0], StringComparison.Ordinal));
    }
}
