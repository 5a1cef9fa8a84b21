using System.Text.Json;
using RunStrong.Gateway.Tests.Challenges;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.DataProtection;

/// <summary>
/// Offboarding tenants: a suspended gym (members, their logs, an import with an error report) and a suspended club
/// (a challenge with teams and runs) are erased; then every blob and table row of the storage account is listed and
/// none mentions either tenant, while another tenant's data is all still there.
/// </summary>
public sealed class TenantEraseTests(PlatformFixture fixture)
{
    private const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Erased_tenants_leave_no_blob_or_table_row_behind_and_another_tenants_data_is_untouched()
    {
        using var admin = Platform.AdminClient();
        var gym = await Platform.CreateTenantAsync("gym");
        using var gymClient = Platform.TenantClient(gym.ApiKey);
        await ImportsTests.ImportAsync(gymClient, gym, $"{Header}\nm-1,Ana,Lopez,ana@example.com,female,1990,168,60,maintain\nm-2,Ben,Ruiz,bad,male,1985,180,80,build\nm-3,Cleo,Diaz,cleo@example.com,female,1992,165,58,build\n");
        (await gymClient.PostAsJsonAsync($"{gym.AthletePath("m-1")}/runs", Run("run-1", TestDates.MorningOf(TestDates.DaysAgo(1))), Cancel)).EnsureSuccessStatusCode();
        await Activities.ActivityUploads.UploadOkAsync(gymClient, gym.AthletePath("m-1"), ActivityFileSamples.RunGpx(Activities.ActivityUploads.At(TestDates.DaysAgo(2), 18), TimeSpan.FromMinutes(30)));
        (await admin.PostAsync($"/api/admin/tenants/{gym.Id}/keys", null, Cancel)).EnsureSuccessStatusCode();

        using var club = await Club.CreateAsync(Platform);
        await club.CreateChallengeAsync(Club.Challenge("km", "distanceKm"));
        await club.AddTeamsAsync("km", "red", "blue");
        await club.AddAthletesAsync(["ana", "ben"]);
        await club.JoinAsync("km", "red", "ana");
        await club.JoinAsync("km", "blue", "ben");
        (await club.LogRunAsync("ana", "r1", TestDates.DaysAgo(1), 10)).EnsureSuccessStatusCode();
        await club.LeaderboardWhenAsync("km", board => Club.TeamScore(board, "red") == 10m);

        var bystander = await Platform.CreateTenantAsync("gym");
        using var bystanderClient = Platform.TenantClient(bystander.ApiKey);
        await ImportsTests.ImportAsync(bystanderClient, bystander, $"{Header}\nm-1,Ana,Other,ana@other.example,female,1991,170,61,maintain\nm-2,Bad,,x@y.z,male,1985,180,80,build\n");
        var bystanderBefore = await StoredTraces.NamesAsync(Platform.StorageConnectionString, bystander.Id);
        Assert.NotEmpty(await StoredTraces.OfAsync(Platform.StorageConnectionString, gym.Id));
        Assert.NotEmpty(await StoredTraces.OfAsync(Platform.StorageConnectionString, club.Tenant.Id));

        var erasures = new List<string>();
        foreach (var tenantId in new[] { gym.Id, club.Tenant.Id })
        {
            (await admin.PostAsync($"/api/admin/tenants/{tenantId}/suspend", null, Cancel)).EnsureSuccessStatusCode();
            using var accepted = await admin.DeleteAsync($"/api/admin/tenants/{tenantId}", Cancel);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            using var again = await admin.DeleteAsync($"/api/admin/tenants/{tenantId}", Cancel);
            Assert.Equal(accepted.Headers.Location, again.Headers.Location);
            erasures.Add(accepted.Headers.Location!.ToString());
        }

        var finished = new List<JsonElement>();
        foreach (var location in erasures)
        {
            finished.Add(await WaitUntilFinishedAsync(admin, location));
        }

        Assert.All(finished, job => Assert.Equal("completed", job.GetProperty("status").GetString()));
        Assert.All(finished, job => Assert.True(job.GetProperty("blobsDeleted").GetInt64() > 0 && job.GetProperty("tableRowsDeleted").GetInt64() > 0, job.GetRawText()));
        Assert.Equal(2, finished[0].GetProperty("keysRevoked").GetInt64());
        var erasureIds = erasures.Select(l => l[(l.LastIndexOf('/') + 1)..]).ToList();
        bool IsErasureRecord(Azure.Data.Tables.TableEntity row) => erasureIds.Any(id => row.PartitionKey.Contains(id, StringComparison.Ordinal));
        Assert.Empty(await StoredTraces.OfAsync(Platform.StorageConnectionString, gym.Id, IsErasureRecord));
        Assert.Empty(await StoredTraces.OfAsync(Platform.StorageConnectionString, club.Tenant.Id, IsErasureRecord));
        Assert.Equal(bystanderBefore, await StoredTraces.NamesAsync(Platform.StorageConnectionString, bystander.Id));

        using var gone = await admin.GetAsync($"/api/admin/tenants/{gym.Id}", Cancel);
        await AssertProblemAsync(gone, HttpStatusCode.NotFound);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/admin/tenants?limit=100", Cancel);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == gym.Id);
        using var oldKey = await gymClient.GetAsync(gym.AthletePath("m-1"), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, oldKey.StatusCode);
        using var bystanderRead = await bystanderClient.GetAsync(bystander.AthletePath("m-1"), Cancel);
        Assert.Equal(HttpStatusCode.OK, bystanderRead.StatusCode);
    }

    [Fact]
    public async Task An_active_tenant_is_not_erased_and_an_unknown_one_is_not_found()
    {
        using var admin = Platform.AdminClient();
        var tenant = await Platform.CreateTenantAsync("gym");

        using var active = await admin.DeleteAsync($"/api/admin/tenants/{tenant.Id}", Cancel);
        using var unknown = await admin.DeleteAsync("/api/admin/tenants/t-no-such-tenant", Cancel);
        using var stillThere = await admin.GetAsync($"/api/admin/tenants/{tenant.Id}", Cancel);
        using var badErasure = await admin.GetAsync("/api/admin/tenant-erasures/nope", Cancel);

        var conflict = await AssertProblemAsync(active, HttpStatusCode.Conflict);
        Assert.Contains("status", ErrorFields(conflict));
        Assert.Contains("suspend", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Contains("erasureId", ErrorFields(await AssertProblemAsync(badErasure, HttpStatusCode.BadRequest)));
    }

    private static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient admin, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await admin.GetFromJsonAsync<JsonElement>(location, Cancel);
            if (job.GetProperty("status").GetString() is "completed" or "failed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Erasure still {job.GetRawText()} after 60 s.");
            await Task.Delay(200, Cancel);
        }
    }
}
