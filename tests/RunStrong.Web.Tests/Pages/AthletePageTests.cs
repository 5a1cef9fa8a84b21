using System.Net;
using System.Net.Http.Json;
using RunStrong.Testing;
using RunStrong.Web.Tests.Sessions;

namespace RunStrong.Web.Tests.Pages;

/// <summary>The athlete page over HTTP: what it renders from the API, and its forms (the browser tests drive the same in Chromium).</summary>
public sealed class AthletePageTests(WebPlatform fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task The_page_shows_the_summary_risk_recommendations_and_plan_of_a_coached_athlete()
    {
        var (tenant, athleteId) = await CoachedAthleteAsync();
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, tenant.ApiKey)).Dispose();

        using var page = await browser.GetAsync($"/app/athletes/{athleteId}", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Muscle-retention risk", html, StringComparison.Ordinal);
        Assert.Contains("id=\"recommendations-title\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"plan-title\"", html, StringComparison.Ordinal);
        Assert.Matches("data-code=\"[A-Z_]+\"", html);
        Assert.Contains("Content-Security-Policy", string.Join(',', page.Headers.Select(header => header.Key)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_run_in_the_form_comes_back_with_the_apis_message_next_to_the_field_and_stores_nothing()
    {
        var (tenant, athleteId) = await CoachedAthleteAsync();
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, tenant.ApiKey)).Dispose();
        using var posted = await PageForms.PostAsync(browser, $"/app/athletes/{athleteId}", "log-run", new Dictionary<string, string>
        {
            ["run.StartedAt"] = $"{TestDates.DaysAgo(1):yyyy-MM-dd}T07:00",
            ["run.Kind"] = "easy",
            ["run.DistanceKm"] = "-3",
            ["run.DurationMin"] = "30",
        });
        var html = await posted.Content.ReadAsStringAsync(Cancel);
        using var api = Platform.TenantClient(tenant.ApiKey);
        var runs = await api.GetFromJsonAsync<RunList>($"{tenant.AthletePath(athleteId)}/runs", Cancel);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Matches("id=\"run-distance\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("id=\"run-distance-error\"", html, StringComparison.Ordinal);
        Assert.Single(runs!.Items);
    }

    [Fact]
    public async Task A_good_run_through_the_form_is_logged_and_the_page_shows_it()
    {
        var (tenant, athleteId) = await CoachedAthleteAsync();
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, tenant.ApiKey)).Dispose();
        using var posted = await PageForms.PostAsync(browser, $"/app/athletes/{athleteId}", "log-run", new Dictionary<string, string>
        {
            ["run.StartedAt"] = $"{TestDates.DaysAgo(1):yyyy-MM-dd}T07:00",
            ["run.Kind"] = "tempo",
            ["run.DistanceKm"] = "12.5",
            ["run.DurationMin"] = "60",
        });
        using var api = Platform.TenantClient(tenant.ApiKey);
        var runs = await api.GetFromJsonAsync<RunList>($"{tenant.AthletePath(athleteId)}/runs", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith($"/app/athletes/{athleteId}?logged=run#coaching", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, runs!.Items.Count);
        Assert.Contains(runs.Items, run => run.DistanceKm == 12.5 && run.Kind == "tempo");
    }

    [Fact]
    public async Task An_athlete_key_opens_its_own_page_and_gets_not_found_for_another_athletes()
    {
        var (tenant, athleteId) = await CoachedAthleteAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        (await api.PutAsJsonAsync(tenant.AthletePath("other"), Profile, Cancel)).Dispose();
        using var issued = await api.PostAsync($"{tenant.AthletePath(athleteId)}/keys", content: null, Cancel);
        var key = await issued.Content.ReadFromJsonAsync<IssuedKey>(Cancel);
        var (browser, _) = WebSignIn.Browser(Platform);

        using var signedIn = await WebSignIn.PostAsync(browser, key!.ApiKey);
        using var own = await browser.GetAsync($"/app/athletes/{athleteId}", Cancel);
        using var other = await browser.GetAsync("/app/athletes/other", Cancel);
        using var members = await browser.GetAsync("/app/athletes", Cancel);

        Assert.Equal($"/app/athletes/{athleteId}", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, members.StatusCode);
    }

    private static readonly object Profile = new { sex = "female", birthYear = 1990, heightCm = 168, weightKg = 61, timeZone = "Europe/Oslo" };

    private async Task<(TestTenant Tenant, string AthleteId)> CoachedAthleteAsync()
    {
        var tenant = await Platform.CreateTenantAsync("club");
        using var api = Platform.TenantClient(tenant.ApiKey);
        var athleteId = $"a-{Guid.NewGuid():N}"[..12];
        (await api.PutAsJsonAsync(tenant.AthletePath(athleteId), Profile, Cancel)).EnsureSuccessStatusCode();
        var run = new { startedAt = TestDates.MorningOf(TestDates.DaysAgo(3)), distanceKm = 8, durationMin = 48, kind = "easy" };
        (await api.PostAsJsonAsync($"{tenant.AthletePath(athleteId)}/runs", run, Cancel)).EnsureSuccessStatusCode();
        return (tenant, athleteId);
    }

    private sealed record RunList(IReadOnlyList<RunItem> Items);

    private sealed record RunItem(string Id, double DistanceKm, string Kind);

    private sealed record IssuedKey(string ApiKey, string SignInUrl);
}
