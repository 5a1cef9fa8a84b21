using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>Recommendations and the weekly plan through the gateway.</summary>
public sealed class CoachingRoutesTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_profile_recommendations_and_plan_answer_409_naming_the_profile()
    {
        var (client, tenant) = await NewTenantClientAsync();
        (await client.PostAsJsonAsync(tenant.AthletePath("ana") + "/runs", Run("r-1"), Cancel)).EnsureSuccessStatusCode();

        using var recommendations = await client.GetAsync(tenant.AthletePath("ana") + "/recommendations", Cancel);
        using var plan = await client.GetAsync(tenant.AthletePath("ana") + "/plan", Cancel);

        string[] named = ["profile", "sex", "birthYear", "heightCm", "weightKg"];
        Assert.Equal(named, ErrorFields(await AssertProblemAsync(recommendations, HttpStatusCode.Conflict)));
        Assert.Equal(named, ErrorFields(await AssertProblemAsync(plan, HttpStatusCode.Conflict)));
    }

    [Fact]
    public async Task Low_protein_fires_PROTEIN_DAILY_LOW_with_the_athletes_numbers_and_its_evidence()
    {
        var (client, tenant) = await NewTenantClientAsync();
        var athlete = tenant.AthletePath("ana");
        (await client.PutAsJsonAsync(athlete, Profile(weightKg: 64.5), Cancel)).EnsureSuccessStatusCode();
        for (var daysAgo = 0; daysAgo < 5; daysAgo++)
        {
            // 64.5 g a day is 1.0 g/kg, well below the 1.6 g/kg target (103 g).
            var day = TestDates.Iso(TestDates.DaysAgo(daysAgo));
            (await client.PutAsJsonAsync($"{athlete}/nutrition/{day}", new { caloriesKcal = 2400, proteinG = 64.5, carbsG = 330 }, Cancel)).EnsureSuccessStatusCode();
        }

        var report = await client.GetFromJsonAsync<JsonElement>($"{athlete}/recommendations?asOf={TestDates.Iso(TestDates.Today)}", Cancel);

        var protein = report.GetProperty("recommendations").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "PROTEIN_DAILY_LOW");
        Assert.Equal("A", protein.GetProperty("grade").GetString());
        Assert.False(protein.GetProperty("contested").GetBoolean());
        Assert.NotEmpty(protein.GetProperty("sources").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(protein.GetProperty("ruleVersion").GetString()));
        Assert.Contains(protein.GetProperty("severity").GetString(), new[] { "info", "advice", "warning", "alert" });
        // Actual vs target in grams a day: 64.5 g against 1.6 g/kg x 64.5 kg = 103.2 g.
        Assert.Equal(65, protein.GetProperty("actual").GetDouble()); // 64.5 rounds half away from zero, as in the message
        Assert.Equal(103.2, protein.GetProperty("target").GetDouble(), 0);
        Assert.Equal("g/day", protein.GetProperty("unit").GetString());
        Assert.Contains("1.00 g/kg", protein.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(report.GetProperty("muscleRetentionRisk").GetString(), new[] { "low", "moderate", "high" });
        Assert.True(report.GetProperty("body").GetProperty("ffmKg").GetDouble() > 0);
        Assert.True(report.GetProperty("targets").GetProperty("proteinG").GetDouble() > 100);
    }

    [Fact]
    public async Task The_plan_has_seven_days_with_at_most_two_hard_runs_and_fuel_targets()
    {
        var (client, tenant) = await NewTenantClientAsync();
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();
        var weekOf = TestDates.Iso(TestDates.Today.AddDays(1));

        var plan = await client.GetFromJsonAsync<JsonElement>($"{tenant.AthletePath("ana")}/plan?weekOf={weekOf}", Cancel);

        Assert.Equal(weekOf, plan.GetProperty("startsOn").GetString());
        var days = plan.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(7, days.Count);
        var hard = days.SelectMany(d => d.GetProperty("sessions").EnumerateArray()).Count(s => s.GetProperty("kind").GetString() is "tempoRun" or "intervalRun");
        Assert.InRange(hard, 0, 2);
        Assert.All(days, d => Assert.True(d.GetProperty("fuel").GetProperty("proteinG").GetDouble() > 0));
    }

    [Theory]
    [InlineData("recommendations?asOf=yesterday", "asOf")]
    [InlineData("recommendations?asOf=2001-01-01", "asOf")]
    [InlineData("plan?weekOf=2026-02-30", "weekOf")]
    public async Task Bad_dates_in_the_query_are_refused_naming_the_parameter(string route, string field)
    {
        var (client, tenant) = await NewTenantClientAsync();
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();

        using var response = await client.GetAsync($"{tenant.AthletePath("ana")}/{route}", Cancel);

        Assert.Equal([field], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    private async Task<(HttpClient Client, TestTenant Tenant)> NewTenantClientAsync()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        return (fixture.Platform.TenantClient(tenant.ApiKey), tenant);
    }
}
