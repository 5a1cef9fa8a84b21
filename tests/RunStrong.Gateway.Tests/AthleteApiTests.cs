using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>The first athlete routes through the gateway: profile, runs, the athlete with a summary, and bad input.</summary>
public sealed class AthleteApiTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Profile_put_then_get_returns_the_profile_and_an_empty_summary()
    {
        var (client, tenant) = await NewTenantClientAsync();

        using var put = await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel);
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("ana") + $"?asOf={TestDates.Iso(TestDates.Today)}", Cancel);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("female", athlete.GetProperty("profile").GetProperty("sex").GetString());
        Assert.Equal(64.5, athlete.GetProperty("profile").GetProperty("weightKg").GetDouble());
        Assert.Equal(0, athlete.GetProperty("summary").GetProperty("last7Days").GetProperty("runs").GetInt32());
    }

    [Fact]
    public async Task Runs_are_idempotent_by_id_and_show_in_the_summary()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var runs = tenant.AthletePath("ana") + "/runs";

        using var first = await client.PostAsJsonAsync(runs, Run("r-1", distanceKm: 10), Cancel);
        using var repeat = await client.PostAsJsonAsync(runs, Run("r-1", distanceKm: 10), Cancel);
        using var clash = await client.PostAsJsonAsync(runs, Run("r-1", distanceKm: 12), Cancel);
        using var second = await client.PostAsJsonAsync(runs, Run("r-2", TestDates.MorningOf(TestDates.DaysAgo(3)), 8, "interval"), Cancel);
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("ana") + $"?asOf={TestDates.Iso(TestDates.Today)}", Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        await AssertProblemAsync(clash, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var week = athlete.GetProperty("summary").GetProperty("last7Days");
        Assert.Equal(2, week.GetProperty("runs").GetInt32());
        Assert.Equal(18, week.GetProperty("distanceKm").GetDouble());
        Assert.Equal(1, week.GetProperty("hardSessions").GetInt32());
        Assert.True(athlete.GetProperty("profile").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Runs_without_an_id_are_deduplicated_by_content()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var body = new { startedAt = TestDates.MorningOf(TestDates.DaysAgo(5)), distanceKm = 10, durationMin = 55, kind = "easy" };

        using var first = await client.PostAsJsonAsync(tenant.AthletePath("ana") + "/runs", body, Cancel);
        using var retry = await client.PostAsJsonAsync(tenant.AthletePath("ana") + "/runs", body, Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [Fact]
    public async Task Invalid_profile_answers_400_naming_every_bad_field_and_stores_nothing()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var bad = new { sex = "robot", birthYear = 1800, heightCm = 1.72, weightKg = 640, goal = "bulk" };

        using var response = await client.PutAsJsonAsync(tenant.AthletePath("ana"), bad, Cancel);
        using var read = await client.GetAsync(tenant.AthletePath("ana"), Cancel);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["birthYear", "goal", "heightCm", "sex", "weightKg"], ErrorFields(problem).Order());
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_run_answers_400_naming_fields_and_leaves_logged_runs_unchanged()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var runs = tenant.AthletePath("ana") + "/runs";
        (await client.PostAsJsonAsync(runs, Run("r-1"), Cancel)).EnsureSuccessStatusCode();

        using var future = await client.PostAsJsonAsync(runs, Run("r-2", startedAt: TestDates.MorningOf(TestDates.Today.AddDays(2))), Cancel);
        using var negative = await client.PostAsJsonAsync(runs, new { startedAt = TestDates.MorningOf(TestDates.DaysAgo(5)), distanceKm = -3, durationMin = 20, kind = "sprint" }, Cancel);
        var athlete = await client.GetFromJsonAsync<JsonElement>(tenant.AthletePath("ana") + $"?asOf={TestDates.Iso(TestDates.Today)}", Cancel);

        Assert.Equal(["startedAt"], ErrorFields(await AssertProblemAsync(future, HttpStatusCode.BadRequest)));
        Assert.Equal(["distanceKm", "kind"], ErrorFields(await AssertProblemAsync(negative, HttpStatusCode.BadRequest)).Order());
        Assert.Equal(1, athlete.GetProperty("summary").GetProperty("last7Days").GetProperty("runs").GetInt32());
    }

    [Theory]
    [InlineData("{\"distanceKm\":\"ten\",\"durationMin\":55,\"kind\":\"easy\"}", "distanceKm")]
    [InlineData("{\"distanceKm\":\"NaN\",\"durationMin\":55,\"kind\":\"easy\"}", "distanceKm")]
    [InlineData("{\"startedAt\":\"yesterday\",\"distanceKm\":5,\"durationMin\":55,\"kind\":\"easy\"}", "startedAt")]
    [InlineData("{\"startedAt\":", "startedAt")]
    public async Task Unreadable_json_answers_400_naming_the_field(string json, string field)
    {
        var (client, tenant) = await NewTenantClientAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(tenant.AthletePath("ana") + "/runs", content, Cancel);

        Assert.Contains(field, ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415_problem()
    {
        var (client, tenant) = await NewTenantClientAsync();
        using var content = new StringContent("distance=10", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await client.PostAsync(tenant.AthletePath("ana") + "/runs", content, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Unknown_athlete_is_404_and_bad_ids_or_dates_are_400()
    {
        var (client, tenant) = await NewTenantClientAsync();

        using var unknown = await client.GetAsync(tenant.AthletePath("nobody"), Cancel);
        using var badId = await client.GetAsync(tenant.AthletePath("has.dot"), Cancel);
        using var badDate = await client.GetAsync(tenant.AthletePath("ana") + "?asOf=25-11-2026", Cancel);

        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(["athleteId"], ErrorFields(await AssertProblemAsync(badId, HttpStatusCode.BadRequest)));
        Assert.Equal(["asOf"], ErrorFields(await AssertProblemAsync(badDate, HttpStatusCode.BadRequest)));
    }

    private async Task<(HttpClient Client, TestTenant Tenant)> NewTenantClientAsync()
    {
        var tenant = await Platform.CreateTenantAsync();
        return (Platform.TenantClient(tenant.ApiKey), tenant);
    }
}
