using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>Strength sessions, daily nutrition and measurements through the gateway, good and bad.</summary>
public sealed class LogRoutesTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object LegSession(string id, int sets = 4, string group = "quads") => new
    {
        id,
        startedAt = TestDates.MorningOf(TestDates.DaysAgo(1)),
        durationMin = 45,
        rpe = 7,
        exercises = new[] { new { name = "back squat", muscleGroups = new[] { group, "glutes" }, sets, reps = 8, loadKg = 60 } },
    };

    [Fact]
    public async Task Strength_sessions_are_idempotent_by_id_and_count_as_leg_sessions()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var sessions = tenant.AthletePath("ana") + "/strength-sessions";
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();

        using var first = await client.PostAsJsonAsync(sessions, LegSession("s-1"), Cancel);
        using var repeat = await client.PostAsJsonAsync(sessions, LegSession("s-1"), Cancel);
        using var clash = await client.PostAsJsonAsync(sessions, LegSession("s-1", sets: 5), Cancel);
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("ana"), Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        await AssertProblemAsync(clash, HttpStatusCode.Conflict);
        Assert.Equal(1, athlete.GetProperty("summary").GetProperty("last7Days").GetProperty("legSessions").GetInt32());
    }

    [Fact]
    public async Task An_unknown_muscle_group_is_refused_naming_its_position_and_nothing_is_stored()
    {
        var (client, tenant) = await NewTenantClientAsync();
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();

        using var response = await client.PostAsJsonAsync(tenant.AthletePath("ana") + "/strength-sessions", LegSession("s-1", group: "biceps"), Cancel);
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("ana"), Cancel);

        Assert.Equal(["exercises[0].muscleGroups[0]"], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, athlete.GetProperty("summary").GetProperty("last7Days").GetProperty("strengthSessions").GetInt32());
    }

    [Fact]
    public async Task A_days_nutrition_is_stored_replaced_by_a_later_put_and_summarised_per_kg()
    {
        var (client, tenant) = await NewTenantClientAsync();
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(weightKg: 64.5), Cancel)).EnsureSuccessStatusCode();
        var path = $"{tenant.AthletePath("ana")}/nutrition/{TestDates.Iso(TestDates.Today)}";

        using var first = await client.PutAsJsonAsync(path, new { caloriesKcal = 2300, proteinG = 100, carbsG = 280 }, Cancel);
        using var second = await client.PutAsJsonAsync(path, new
        {
            caloriesKcal = 2500, proteinG = 129, carbsG = 322.5,
            meals = new[] { new { time = "08:00", proteinG = 30, carbsG = 80 } },
        }, Cancel);
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("ana"), Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var week = athlete.GetProperty("summary").GetProperty("last7Days");
        // The second log replaced the first: 129 g / 64.5 kg = 2.0 g/kg protein, 322.5 / 64.5 = 5.0 g/kg carbs.
        Assert.Equal((1, 2.0, 5.0), (week.GetProperty("nutritionDaysLogged").GetInt32(), week.GetProperty("proteinGPerKg").GetDouble(), week.GetProperty("carbsGPerKg").GetDouble()));
    }

    [Fact]
    public async Task Nutrition_with_a_bad_date_or_values_is_refused_naming_the_field()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");
        var good = new { caloriesKcal = 2300, proteinG = 100, carbsG = 280 };

        using var badDate = await client.PutAsJsonAsync($"{athlete}/nutrition/2026-13-40", good, Cancel);
        using var future = await client.PutAsJsonAsync($"{athlete}/nutrition/{TestDates.Iso(TestDates.Today.AddDays(3))}", good, Cancel);
        using var negative = await client.PutAsJsonAsync($"{athlete}/nutrition/{TestDates.Iso(TestDates.Today)}", new { caloriesKcal = 2300, proteinG = -5, carbsG = 280 }, Cancel);
        using var unread = await client.GetAsync(athlete, Cancel);

        Assert.Equal(["date"], ErrorFields(await AssertProblemAsync(badDate, HttpStatusCode.BadRequest)));
        Assert.Equal(["date"], ErrorFields(await AssertProblemAsync(future, HttpStatusCode.BadRequest)));
        Assert.Equal(["proteinG"], ErrorFields(await AssertProblemAsync(negative, HttpStatusCode.BadRequest)));
        await AssertProblemAsync(unread, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Measurements_are_logged_once_per_id_and_refused_when_implausible()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var measurements = tenant.AthletePath("ana") + "/measurements";
        var weighIn = new { id = "m-1", date = TestDates.Iso(TestDates.Today), weightKg = 64.2, bodyFatPercent = 18.5, bodyFatMethod = "bia" };

        using var first = await client.PostAsJsonAsync(measurements, weighIn, Cancel);
        using var repeat = await client.PostAsJsonAsync(measurements, weighIn, Cancel);
        using var pounds = await client.PostAsJsonAsync(measurements, new { date = TestDates.Iso(TestDates.Today), weightKg = 641, bodyFatMethod = "calipers" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var problem = await AssertProblemAsync(pounds, HttpStatusCode.BadRequest);
        Assert.Contains("weightKg", ErrorFields(problem));
        Assert.Contains("bodyFatMethod", ErrorFields(problem));
    }

    private async Task<(HttpClient Client, TestTenant Tenant)> NewTenantClientAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }
}
