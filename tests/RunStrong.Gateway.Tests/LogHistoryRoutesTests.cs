using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>Reading back what an athlete logged, through the gateway: pages newest first, weekly totals, bad queries.</summary>
public sealed class LogHistoryRoutesTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_runs_read_back_newest_first_two_a_page_each_exactly_as_logged()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");
        (await client.PutAsJsonAsync(athlete, Profile(), Cancel)).EnsureSuccessStatusCode();
        var logged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var daysAgo in new[] { 4, 1, 5, 3, 2 })
        {
            using var posted = await client.PostAsJsonAsync($"{athlete}/runs", Run($"r-{daysAgo}", TestDates.MorningOf(TestDates.DaysAgo(daysAgo)), distanceKm: 5 + daysAgo), Cancel);
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            logged[$"r-{daysAgo}"] = (await posted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetRawText();
        }

        var pages = new List<JsonElement> { await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs?limit=2", Cancel) };
        while (pages[^1].GetProperty("next").GetString() is { } next)
        {
            pages.Add(await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs?limit=2&after={Uri.EscapeDataString(next)}", Cancel));
        }

        var items = pages.SelectMany(p => p.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal([2, 2, 1], pages.Select(p => p.GetProperty("items").GetArrayLength()));
        Assert.Equal(["r-1", "r-2", "r-3", "r-4", "r-5"], items.Select(r => r.GetProperty("id").GetString()));
        Assert.All(items, item => Assert.Equal(logged[item.GetProperty("id").GetString()!], item.GetRawText()));
        Assert.Equal(JsonValueKind.Null, pages[^1].GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task From_and_to_keep_the_days_asked_for_in_every_list()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");
        (await client.PutAsJsonAsync(athlete, Profile(), Cancel)).EnsureSuccessStatusCode();
        for (var daysAgo = 1; daysAgo <= 4; daysAgo++)
        {
            var day = TestDates.DaysAgo(daysAgo);
            (await client.PostAsJsonAsync($"{athlete}/runs", Run($"r-{daysAgo}", TestDates.MorningOf(day)), Cancel)).EnsureSuccessStatusCode();
            (await client.PutAsJsonAsync($"{athlete}/nutrition/{TestDates.Iso(day)}", new { caloriesKcal = 2400, proteinG = 110, carbsG = 300 }, Cancel)).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync($"{athlete}/measurements", new { id = $"m-{daysAgo}", date = TestDates.Iso(day), weightKg = 64 }, Cancel)).EnsureSuccessStatusCode();
        }

        var range = $"from={TestDates.Iso(TestDates.DaysAgo(3))}&to={TestDates.Iso(TestDates.DaysAgo(2))}";
        var runs = await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs?{range}", Cancel);
        var nutrition = await client.GetFromJsonAsync<JsonElement>($"{athlete}/nutrition?{range}", Cancel);
        var measurements = await client.GetFromJsonAsync<JsonElement>($"{athlete}/measurements?{range}", Cancel);
        var sessions = await client.GetFromJsonAsync<JsonElement>($"{athlete}/strength-sessions?{range}", Cancel);

        Assert.Equal(["r-2", "r-3"], runs.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(
            [TestDates.Iso(TestDates.DaysAgo(2)), TestDates.Iso(TestDates.DaysAgo(3))],
            nutrition.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("date").GetString()));
        Assert.Equal(["m-2", "m-3"], measurements.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(0, sessions.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Weeks_add_up_the_log_by_local_week_newest_first()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");
        (await client.PutAsJsonAsync(athlete, Profile(), Cancel)).EnsureSuccessStatusCode();
        var monday = MondayOf(TestDates.DaysAgo(14));
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("r-mon", TestDates.MorningOf(monday), distanceKm: 10, kind: "tempo"), Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("r-tue", TestDates.MorningOf(monday.AddDays(1)), distanceKm: 6.5, kind: "long"), Cancel)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"{athlete}/nutrition/{TestDates.Iso(monday)}", new { caloriesKcal = 2400, proteinG = 100, carbsG = 300 }, Cancel)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"{athlete}/nutrition/{TestDates.Iso(monday.AddDays(2))}", new { caloriesKcal = 2000, proteinG = 120, carbsG = 250 }, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/runs", Run("r-later", TestDates.MorningOf(monday.AddDays(7))), Cancel)).EnsureSuccessStatusCode();

        var weeks = await client.GetFromJsonAsync<JsonElement>($"{athlete}/weeks", Cancel);
        var first = await client.GetFromJsonAsync<JsonElement>($"{athlete}/weeks?from={TestDates.Iso(monday.AddDays(3))}&to={TestDates.Iso(monday.AddDays(6))}", Cancel);

        var items = weeks.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([TestDates.Iso(monday.AddDays(7)), TestDates.Iso(monday)], items.Select(w => w.GetProperty("weekOf").GetString()));
        var week = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(TestDates.Iso(monday), week.GetProperty("weekOf").GetString());
        Assert.Equal(2, week.GetProperty("runs").GetInt32());
        Assert.Equal(16.5, week.GetProperty("distanceKm").GetDouble());
        Assert.Equal(1, week.GetProperty("hardRuns").GetInt32());
        Assert.Equal(1, week.GetProperty("longRuns").GetInt32());
        Assert.Equal(2, week.GetProperty("nutritionDaysLogged").GetInt32());
        Assert.Equal(110, week.GetProperty("proteinGPerDay").GetDouble());
        Assert.Equal(2200, week.GetProperty("caloriesKcalPerDay").GetDouble());
    }

    [Theory]
    [InlineData("runs?from=2026-13-01", "from")]
    [InlineData("runs?to=yesterday", "to")]
    [InlineData("runs?from=2026-05-02&to=2026-05-01", "to")]
    [InlineData("runs?from=2025-01-01&to=2026-01-03", "to")]
    [InlineData("runs?limit=0", "limit")]
    [InlineData("runs?limit=101", "limit")]
    [InlineData("runs?limit=ten", "limit")]
    [InlineData("runs?after=not-a-cursor", "after")]
    [InlineData("strength-sessions?limit=-1", "limit")]
    [InlineData("nutrition?after=AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "after")]
    [InlineData("measurements?from=2026-02-30", "from")]
    [InlineData("weeks?from=2026-01-10&to=2026-01-09", "to")]
    [InlineData("weeks?to=2026-1-9", "to")]
    public async Task Bad_query_parameters_are_refused_naming_the_parameter(string route, string parameter)
    {
        var (client, tenant) = await NewTenantClientAsync();
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();

        using var response = await client.GetAsync($"{tenant.AthletePath("ana")}/{route}", Cancel);

        Assert.Equal([parameter], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_tampered_cursor_or_one_from_another_list_is_refused_naming_after()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");
        (await client.PutAsJsonAsync(athlete, Profile(), Cancel)).EnsureSuccessStatusCode();
        for (var daysAgo = 1; daysAgo <= 3; daysAgo++)
        {
            (await client.PostAsJsonAsync($"{athlete}/runs", Run($"r-{daysAgo}", TestDates.MorningOf(TestDates.DaysAgo(daysAgo))), Cancel)).EnsureSuccessStatusCode();
        }

        var next = (await client.GetFromJsonAsync<JsonElement>($"{athlete}/runs?limit=1", Cancel)).GetProperty("next").GetString()!;
        var tampered = string.Concat(next.AsSpan(0, 4), next[4] == 'A' ? "B" : "A", next.AsSpan(5));

        using var edited = await client.GetAsync($"{athlete}/runs?limit=1&after={Uri.EscapeDataString(tampered)}", Cancel);
        using var elsewhere = await client.GetAsync($"{athlete}/measurements?after={Uri.EscapeDataString(next)}", Cancel);

        Assert.Equal(["after"], ErrorFields(await AssertProblemAsync(edited, HttpStatusCode.BadRequest)));
        Assert.Equal(["after"], ErrorFields(await AssertProblemAsync(elsewhere, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("runs")]
    [InlineData("strength-sessions")]
    [InlineData("nutrition")]
    [InlineData("measurements")]
    [InlineData("weeks")]
    public async Task An_unknown_athlete_answers_404(string list)
    {
        var (client, tenant) = await NewTenantClientAsync();

        using var response = await client.GetAsync($"{tenant.AthletePath("nobody")}/{list}", Cancel);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private async Task<(HttpClient Client, TestTenant Tenant)> NewTenantClientAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }
}
