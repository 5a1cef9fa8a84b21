using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>Athletes correct their log through the gateway: PUT replaces a run or session at its id, DELETE removes an entry.</summary>
public sealed class LogEditRoutesTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Session(string? id, params string[] muscleGroups) => new
    {
        id,
        startedAt = TestDates.MorningOf(TestDates.DaysAgo(1)),
        durationMin = 45,
        exercises = new[] { new { name = "main lift", muscleGroups, sets = 4, reps = 8, loadKg = 60 } },
    };

    [Fact]
    public async Task Replacing_a_run_changes_what_the_summary_counts()
    {
        var (client, athlete) = await NewAthleteAsync();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("run-1", distanceKm: 10), Cancel)).EnsureSuccessStatusCode();

        using var replaced = await client.PutAsJsonAsync($"{athlete}/runs/run-1", Run("run-1", distanceKm: 12), Cancel);
        var week = await LastWeekAsync(client, athlete);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(12, (await replaced.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("distanceKm").GetDouble());
        Assert.Equal((1, 12.0), (week.GetProperty("runs").GetInt32(), week.GetProperty("distanceKm").GetDouble()));
    }

    [Fact]
    public async Task Replacing_a_run_with_the_same_content_answers_200_and_counts_it_once()
    {
        var (client, athlete) = await NewAthleteAsync();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("run-1"), Cancel)).EnsureSuccessStatusCode();

        using var again = await client.PutAsJsonAsync($"{athlete}/runs/run-1", Run("run-1"), Cancel);
        var week = await LastWeekAsync(client, athlete);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((1, 10.0), (week.GetProperty("runs").GetInt32(), week.GetProperty("distanceKm").GetDouble()));
    }

    [Fact]
    public async Task A_put_to_a_run_id_that_holds_nothing_creates_the_run_with_the_paths_id()
    {
        var (client, athlete) = await NewAthleteAsync();

        using var created = await client.PutAsJsonAsync($"{athlete}/runs/watch-7", new
        {
            startedAt = TestDates.MorningOf(TestDates.DaysAgo(2)), distanceKm = 8, durationMin = 44, kind = "easy",
        }, Cancel);
        var week = await LastWeekAsync(client, athlete);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{athlete}/runs/watch-7", created.Headers.Location?.OriginalString);
        Assert.Equal("watch-7", (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString());
        Assert.Equal(1, week.GetProperty("runs").GetInt32());
    }

    [Fact]
    public async Task A_body_id_other_than_the_paths_or_a_bad_path_id_is_refused_naming_it_and_nothing_changes()
    {
        var (client, athlete) = await NewAthleteAsync();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("run-1", distanceKm: 10), Cancel)).EnsureSuccessStatusCode();

        using var mismatch = await client.PutAsJsonAsync($"{athlete}/runs/run-1", Run("run-2", distanceKm: 12), Cancel);
        using var mismatchAndBad = await client.PutAsJsonAsync($"{athlete}/runs/run-1", Run("run-2", distanceKm: -1), Cancel);
        using var badPathId = await client.PutAsJsonAsync($"{athlete}/runs/run!1", Run("run!1", distanceKm: 12), Cancel);
        using var badDeleteId = await client.DeleteAsync($"{athlete}/runs/run!1", Cancel);
        var week = await LastWeekAsync(client, athlete);

        Assert.Equal(["id"], ErrorFields(await AssertProblemAsync(mismatch, HttpStatusCode.BadRequest)));
        Assert.Equal(["id", "distanceKm"], ErrorFields(await AssertProblemAsync(mismatchAndBad, HttpStatusCode.BadRequest)));
        Assert.Equal(["runId"], ErrorFields(await AssertProblemAsync(badPathId, HttpStatusCode.BadRequest)));
        Assert.Equal(["runId"], ErrorFields(await AssertProblemAsync(badDeleteId, HttpStatusCode.BadRequest)));
        Assert.Equal((1, 10.0), (week.GetProperty("runs").GetInt32(), week.GetProperty("distanceKm").GetDouble()));
    }

    [Fact]
    public async Task A_deleted_run_no_longer_counts_and_deleting_it_again_is_404()
    {
        var (client, athlete) = await NewAthleteAsync();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("run-1", distanceKm: 10), Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("run-2", TestDates.MorningOf(TestDates.DaysAgo(3)), distanceKm: 6), Cancel)).EnsureSuccessStatusCode();

        using var deleted = await client.DeleteAsync($"{athlete}/runs/run-1", Cancel);
        using var again = await client.DeleteAsync($"{athlete}/runs/run-1", Cancel);
        var week = await LastWeekAsync(client, athlete);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Equal((1, 6.0), (week.GetProperty("runs").GetInt32(), week.GetProperty("distanceKm").GetDouble()));
    }

    [Fact]
    public async Task Deleting_a_run_that_was_never_logged_is_404()
    {
        var (client, athlete) = await NewAthleteAsync();

        using var response = await client.DeleteAsync($"{athlete}/runs/never-logged", Cancel);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_deleted_days_nutrition_no_longer_counts_and_a_day_without_one_is_404()
    {
        var (client, athlete) = await NewAthleteAsync();
        var today = $"{athlete}/nutrition/{TestDates.Iso(TestDates.Today)}";
        (await client.PutAsJsonAsync(today, new { caloriesKcal = 2300, proteinG = 100, carbsG = 280 }, Cancel)).EnsureSuccessStatusCode();

        using var deleted = await client.DeleteAsync(today, Cancel);
        using var again = await client.DeleteAsync(today, Cancel);
        using var badDate = await client.DeleteAsync($"{athlete}/nutrition/2026-13-40", Cancel);
        var week = await LastWeekAsync(client, athlete);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Equal(["date"], ErrorFields(await AssertProblemAsync(badDate, HttpStatusCode.BadRequest)));
        Assert.Equal(0, week.GetProperty("nutritionDaysLogged").GetInt32());
    }

    [Fact]
    public async Task A_strength_session_replaced_with_upper_body_work_stops_counting_as_legs_and_a_deleted_one_stops_counting()
    {
        var (client, athlete) = await NewAthleteAsync();
        (await client.PostAsJsonAsync($"{athlete}/strength-sessions", Session("s-1", "quads", "glutes"), Cancel)).EnsureSuccessStatusCode();

        using var replaced = await client.PutAsJsonAsync($"{athlete}/strength-sessions/s-1", Session(null, "upper"), Cancel);
        var afterReplace = await LastWeekAsync(client, athlete);
        using var mismatch = await client.PutAsJsonAsync($"{athlete}/strength-sessions/s-1", Session("s-2", "upper"), Cancel);
        using var deleted = await client.DeleteAsync($"{athlete}/strength-sessions/s-1", Cancel);
        using var again = await client.DeleteAsync($"{athlete}/strength-sessions/s-1", Cancel);
        var afterDelete = await LastWeekAsync(client, athlete);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal((1, 0), (afterReplace.GetProperty("strengthSessions").GetInt32(), afterReplace.GetProperty("legSessions").GetInt32()));
        Assert.Equal(["id"], ErrorFields(await AssertProblemAsync(mismatch, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Equal(0, afterDelete.GetProperty("strengthSessions").GetInt32());
    }

    [Fact]
    public async Task A_deleted_measurement_no_longer_sets_the_body_mass_per_kg_figures_use()
    {
        // The profile says 64.5 kg: 129 g protein is 2.0 g/kg. A 60 kg weigh-in makes it 2.15 g/kg until it is deleted.
        var (client, athlete) = await NewAthleteAsync();
        (await client.PutAsJsonAsync($"{athlete}/nutrition/{TestDates.Iso(TestDates.Today)}", new { caloriesKcal = 2500, proteinG = 129, carbsG = 300 }, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/measurements", new { id = "m-1", date = TestDates.Iso(TestDates.Today), weightKg = 60 }, Cancel)).EnsureSuccessStatusCode();
        var weighed = await LastWeekAsync(client, athlete);

        using var deleted = await client.DeleteAsync($"{athlete}/measurements/m-1", Cancel);
        using var again = await client.DeleteAsync($"{athlete}/measurements/m-1", Cancel);
        var afterDelete = await LastWeekAsync(client, athlete);

        Assert.NotEqual(2.0, weighed.GetProperty("proteinGPerKg").GetDouble());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Equal(2.0, afterDelete.GetProperty("proteinGPerKg").GetDouble());
    }

    /// <summary>A fresh tenant's client and the path of its athlete "ana", who has a profile (64.5 kg).</summary>
    private async Task<(HttpClient Client, string Athlete)> NewAthleteAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        var client = fixture.Platform.TenantClient(tenant.ApiKey);
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(weightKg: 64.5), Cancel)).EnsureSuccessStatusCode();
        return (client, tenant.AthletePath("ana"));
    }

    private static async Task<JsonElement> LastWeekAsync(HttpClient client, string athlete) =>
        (await client.GetFromJsonAsync<JsonElement>(athlete, Cancel)).GetProperty("summary").GetProperty("last7Days");
}
