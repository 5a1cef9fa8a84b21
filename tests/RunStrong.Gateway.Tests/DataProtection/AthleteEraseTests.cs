using System.Text.Json;
using Azure.Storage.Blobs;
using RunStrong.Gateway.Tests.Challenges;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.DataProtection;

/// <summary>
/// Erasing a member, through the gateway: their state blob is deleted, every route answers 404 for them, challenge
/// leaderboards stop counting them at once, import files holding their row are deleted, and a repeat answers 204.
/// </summary>
public sealed class AthleteEraseTests(PlatformFixture fixture)
{
    private const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Every athlete route that reads or edits an existing athlete (not those that create one), with a body where it takes one.</summary>
    private static readonly (string Method, string Path, object? Body)[] AthleteRoutes =
    [
        ("GET", "", null), ("GET", "/export", null), ("GET", "/runs", null), ("GET", "/strength-sessions", null), ("GET", "/nutrition", null),
        ("GET", "/measurements", null), ("GET", "/weeks", null), ("GET", "/recommendations", null), ("GET", "/plan", null),
        ("PATCH", "/member", new { firstName = "Someone" }), ("DELETE", "/runs/run-1", null), ("DELETE", "/measurements/weigh-1", null),
        ("DELETE", "/strength-sessions/lift-1", null), ("DELETE", $"/nutrition/{TestDates.Iso(TestDates.DaysAgo(2))}", null),
        ("GET", "/activities", null),
    ];

    [Fact]
    public async Task An_erased_member_is_gone_from_storage_from_every_route_and_from_the_import_files_that_held_their_row()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        var withRow = await ImportsTests.ImportAsync(client, tenant, $"{Header}\nera-1,Ana,Lopez,ana@example.com,female,1990,168,60,maintain\nera-2,Ben,Ruiz,not-an-email,male,1985,180,80,build\n");
        var withoutRow = await ImportsTests.ImportAsync(client, tenant, $"{Header}\nera-3,Cleo,Diaz,cleo@example.com,female,1992,165,58,build\nera-4,Dan,,dan@example.com,male,1980,175,75,build\n");
        var athlete = tenant.AthletePath("era-1");
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("run-1", TestDates.MorningOf(TestDates.DaysAgo(2))), Cancel)).EnsureSuccessStatusCode();
        var activity = await Activities.ActivityUploads.UploadOkAsync(client, athlete, ActivityFileSamples.RunGpx(Activities.ActivityUploads.At(TestDates.DaysAgo(1), 18), TimeSpan.FromMinutes(30)));
        var activityPath = $"{athlete}/activities/{activity.GetProperty("id").GetString()}";
        Assert.Contains(await StoredTraces.OfAsync(fixture.Platform.StorageConnectionString, tenant.Id), t => t.StartsWith("blob activities/", StringComparison.Ordinal));
        var blobs = new BlobServiceClient(fixture.Platform.StorageConnectionString);
        Assert.True(await StateBlobExistsAsync(blobs, tenant.Id, "era-1"));
        Assert.Equal(1, await ListedAsync(client, tenant, "era-1"));

        using var erased = await client.DeleteAsync(athlete, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.False(await StateBlobExistsAsync(blobs, tenant.Id, "era-1"));
        Assert.True(await StateBlobExistsAsync(blobs, tenant.Id, "era-3"));
        Assert.Equal(0, await ListedAsync(client, tenant, "era-1"));
        Assert.Equal(1, await ListedAsync(client, tenant, "era-3"));
        Assert.DoesNotContain(await StoredTraces.OfAsync(fixture.Platform.StorageConnectionString, tenant.Id), t => t.Contains("activities", StringComparison.Ordinal));
        foreach (var (method, path, body) in AthleteRoutes.Append(("GET", activityPath[athlete.Length..], null)).Append(("GET", activityPath[athlete.Length..] + "/file", null)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), athlete + path) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await client.SendAsync(request, Cancel);
            await AssertProblemAsync(response, HttpStatusCode.NotFound);
        }

        // The upload that held the row (and so its error report) is gone; the other one, without it, is not.
        Assert.False(await ImportUploadBlobs.ExistsAsync(fixture.Platform.StorageConnectionString, tenant.Id, withRow.GetProperty("id").GetString()!));
        Assert.True(await ImportUploadBlobs.ExistsAsync(fixture.Platform.StorageConnectionString, tenant.Id, withoutRow.GetProperty("id").GetString()!));
        using var report = await client.GetAsync($"/api/t/{tenant.Id}/imports/{withRow.GetProperty("id").GetString()}/errors", Cancel);
        Assert.Equal(HttpStatusCode.Gone, report.StatusCode);
    }

    [Fact]
    public async Task A_second_erase_and_an_erase_of_an_unknown_athlete_answer_204()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();

        using var first = await client.DeleteAsync(tenant.AthletePath("ana"), Cancel);
        using var second = await client.DeleteAsync(tenant.AthletePath("ana"), Cancel);
        using var unknown = await client.DeleteAsync(tenant.AthletePath("nobody"), Cancel);

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent], [first.StatusCode, second.StatusCode, unknown.StatusCode]);
    }

    [Fact]
    public async Task An_erased_member_drops_out_of_the_next_leaderboard_read()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Club.Challenge("km", "distanceKm"));
        await club.AddTeamsAsync("km", "red", "blue");
        await club.AddAthletesAsync(["ana", "ben", "cleo"]);
        await club.JoinAsync("km", "red", "ana");
        await club.JoinAsync("km", "red", "ben");
        await club.JoinAsync("km", "blue", "cleo");
        (await club.LogRunAsync("ana", "r1", TestDates.DaysAgo(1), 10)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("ben", "r1", TestDates.DaysAgo(1), 5)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("cleo", "r1", TestDates.DaysAgo(1), 7)).EnsureSuccessStatusCode();
        var before = await club.LeaderboardWhenAsync("km", board => Club.TeamScore(board, "red") == 15m && Club.TeamScore(board, "blue") == 7m);

        using var erased = await club.Client.DeleteAsync(club.Tenant.AthletePath("ana"), Cancel);
        var after = await club.LeaderboardAsync("km");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal((15m, 2), (Club.TeamScore(before, "red"), Club.TeamMembers(before, "red")));
        Assert.Equal((5m, 1), (Club.TeamScore(after, "red"), Club.TeamMembers(after, "red")));
        Assert.Equal(-1, Club.AthleteScore(after, "ana"));
        Assert.Equal(7m, Club.TeamScore(after, "blue"));
        using var standing = await club.Client.GetAsync($"{club.Challenges}/km/athletes/ana", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, standing.StatusCode);
    }

    private static async Task<bool> StateBlobExistsAsync(BlobServiceClient blobs, string tenantId, string athleteId) =>
        (await blobs.GetBlobContainerClient("athletes").GetBlobClient($"athlete-athlete/{tenantId}/{athleteId}.json").ExistsAsync(Cancel)).Value;

    /// <summary>How many members the directory finds for <paramref name="q"/>.</summary>
    private static async Task<int> ListedAsync(HttpClient client, TestTenant tenant, string q) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/t/{tenant.Id}/athletes?q={q}", Cancel)).GetProperty("total").GetInt32();
}
