using System.Text.Json;
using RunStrong.Gateway.Tests.Challenges;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.DataProtection;

/// <summary>A member's data-protection export, through the gateway: everything stored about them, as one attachment.</summary>
public sealed class AthleteExportTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_export_holds_the_profile_member_row_and_every_kind_of_log_entry()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        await ImportsTests.ImportAsync(client, tenant, "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal\nexp-1,Ana,Lopez,ana@example.com,female,1990,168,60,maintain\n");
        var athlete = tenant.AthletePath("exp-1");
        var day = TestDates.DaysAgo(2);
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("run-1", TestDates.MorningOf(day)), Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/strength-sessions", new
        {
            id = "lift-1", startedAt = TestDates.MorningOf(day), durationMin = 40, rpe = 7,
            exercises = new[] { new { name = "squat", muscleGroups = new[] { "quads" }, sets = 3, reps = 8, loadKg = 60 } },
        }, Cancel)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"{athlete}/nutrition/{TestDates.Iso(day)}", new { caloriesKcal = 2400, proteinG = 110, carbsG = 300 }, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/measurements", new { id = "weigh-1", date = TestDates.Iso(day), weightKg = 60.5 }, Cancel)).EnsureSuccessStatusCode();
        var ride = await Activities.ActivityUploads.UploadOkAsync(client, athlete, ActivityFileSamples.RideGpx(Activities.ActivityUploads.At(day, 17), TimeSpan.FromMinutes(45)));
        using var issued = await client.PostAsync($"{athlete}/keys", null, Cancel);
        var key = await issued.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        using var response = await client.GetAsync($"{athlete}/export", Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var export = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith($"{tenant.Id}-exp-1-export-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(1, export.GetProperty("formatVersion").GetInt32());
        Assert.True(export.GetProperty("generatedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal("female", export.GetProperty("profile").GetProperty("sex").GetString());
        Assert.Equal("ana@example.com", export.GetProperty("member").GetProperty("email").GetString());
        Assert.Equal("exp-1", export.GetProperty("importedMember").GetProperty("externalId").GetString());
        Assert.Equal(1990, export.GetProperty("importedMember").GetProperty("birthYear").GetInt32());
        var log = export.GetProperty("log");
        Assert.Equal("run-1", log.GetProperty("runs")[0].GetProperty("id").GetString());
        Assert.Equal("lift-1", log.GetProperty("strengthSessions")[0].GetProperty("id").GetString());
        Assert.Equal(TestDates.Iso(day), log.GetProperty("nutrition")[0].GetProperty("date").GetString());
        Assert.Equal("weigh-1", log.GetProperty("measurements")[0].GetProperty("id").GetString());
        Assert.Equal(ride.GetProperty("id").GetString(), Assert.Single(log.GetProperty("crossTraining").EnumerateArray()).GetProperty("id").GetString());
        var activity = Assert.Single(export.GetProperty("activities").EnumerateArray());
        Assert.Equal(ride.GetProperty("id").GetString(), activity.GetProperty("id").GetString());
        Assert.Equal(ride.GetProperty("laps").GetArrayLength(), activity.GetProperty("laps").GetArrayLength());
        Assert.Contains(export.GetProperty("weeks").EnumerateArray(), week => week.GetProperty("runs").GetInt32() == 1);
        Assert.Equal(JsonValueKind.Array, export.GetProperty("foldedWeeks").ValueKind);
        Assert.Empty(export.GetProperty("challenges").EnumerateArray());
        Assert.Equal(key.GetProperty("keyId").GetString(), Assert.Single(export.GetProperty("keys").EnumerateArray()).GetProperty("keyId").GetString());
        Assert.DoesNotContain(key.GetProperty("apiKey").GetString()!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_names_each_challenge_with_the_team_and_score()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Club.Challenge("km", "distanceKm"));
        await club.AddTeamsAsync("km", "red");
        await club.AddAthletesAsync(["ana"]);
        await club.JoinAsync("km", "red", "ana");
        (await club.LogRunAsync("ana", "r1", TestDates.DaysAgo(1), 12.5)).EnsureSuccessStatusCode();

        var export = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Tenant.AthletePath("ana")}/export", Cancel);

        var challenge = Assert.Single(export.GetProperty("challenges").EnumerateArray());
        Assert.Equal("km", challenge.GetProperty("challengeId").GetString());
        Assert.Equal("red", challenge.GetProperty("teamId").GetString());
        Assert.Equal(12.5m, challenge.GetProperty("score").GetDecimal());
        Assert.Equal("km", challenge.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, export.GetProperty("importedMember").ValueKind);
    }

    [Fact]
    public async Task An_unknown_athlete_has_no_export()
    {
        var tenant = await fixture.Platform.CreateTenantAsync("gym");
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);

        using var response = await client.GetAsync($"{tenant.AthletePath("nobody")}/export", Cancel);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("nobody", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
