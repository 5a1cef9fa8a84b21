using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RunStrong.Testing;
using static Microsoft.Playwright.Assertions;

namespace RunStrong.Web.Tests.EndToEnd;

/// <summary>A gym's staff member in Chromium: signs in, finds a member as they type, logs a run and sees the coaching change.</summary>
public sealed class StaffJourneyTests(WebPlatform fixture, BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task Staff_sign_in_find_a_member_by_a_folded_search_and_log_a_run_that_changes_the_coaching()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "mueller", "Jürgen", "Müller");
        await EndToEndData.AddMemberAsync(api, tenant, "oyvind", "Øyvind", "Hansen");
        await EndToEndData.AddMemberAsync(api, tenant, "berg", "Anna", "Berg");
        // Two hard runs in the week: one more makes three, which is too many (HIIT_TOO_FREQUENT).
        await EndToEndData.AddRunAsync(api, tenant, "mueller", 2, 8, 40, "tempo");
        await EndToEndData.AddRunAsync(api, tenant, "mueller", 4, 7, 34, "interval");
        await EndToEndData.AddRunAsync(api, tenant, "mueller", 5, 6, 38, "easy");
        await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;

        await EndToEndData.SignInAsync(page, tenant.ApiKey);
        await Expect(page).ToHaveURLAsync(AddressEnding("/app/athletes"));
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(3);

        // Typed, not submitted: the results change in place, and the page that was loaded stays loaded.
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await page.Locator("#q").PressSequentiallyAsync("mul", new() { Delay = 40 });
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#results tbody tr")).ToContainTextAsync("Müller");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("1 member match");
        await Expect(page).ToHaveURLAsync(AddressEnding("q=mul"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        await page.Locator("#q").FillAsync("oyv");
        await Expect(page.Locator("#results tbody tr")).ToContainTextAsync("Øyvind");
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(1);
        await page.Locator("#q").FillAsync("mül");
        await Expect(page.Locator("#results tbody tr")).ToContainTextAsync("Müller");

        await page.Locator("#results tbody tr a").ClickAsync();
        await Expect(page).ToHaveURLAsync(AddressEnding("/app/athletes/mueller"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Müller");
        await Expect(EndToEndData.Stat(page, "Runs, 7 days")).ToHaveTextAsync("3");
        await Expect(EndToEndData.Stat(page, "Hard sessions")).ToHaveTextAsync("2");
        await Expect(page.Locator("[data-code=HIIT_TOO_FREQUENT]")).ToHaveCountAsync(0);

        await page.Locator("#run-started").FillAsync($"{TestDates.Iso(TestDates.DaysAgo(1))}T07:00");
        await page.Locator("#run-kind").SelectOptionAsync("interval");
        await page.Locator("#run-distance").FillAsync("9.5");
        await page.Locator("#run-duration").FillAsync("48");
        await page.Locator("#run-rpe").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log run" }).ClickAsync();

        await Expect(page.Locator(".notice-success")).ToContainTextAsync("Run logged.");
        await Expect(page).ToHaveURLAsync(AddressEnding("/app/athletes/mueller?logged=run#coaching"));
        await Expect(EndToEndData.Stat(page, "Runs, 7 days")).ToHaveTextAsync("4");
        await Expect(EndToEndData.Stat(page, "Hard sessions")).ToHaveTextAsync("3");
        await Expect(EndToEndData.Stat(page, "Distance, 7 days")).ToHaveTextAsync("30.5 km");
        await Expect(page.Locator("[data-code=HIIT_TOO_FREQUENT]")).ToBeVisibleAsync();
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task A_negative_distance_shows_the_apis_message_at_the_field_and_stores_nothing()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "berg", "Anna", "Berg");
        await EndToEndData.AddRunAsync(api, tenant, "berg", 3, 8, 48, "easy");
        var runs = $"{tenant.AthletePath("berg")}/runs";
        var apiMessage = await DistanceProblemAsync(api, runs);
        await using var tab = await browser.NewPageAsync(BrowserFixture.Phone, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;
        await EndToEndData.SignInAsync(page, tenant.ApiKey);
        await page.GotoAsync("/app/athletes/berg");

        await page.Locator("#run-started").FillAsync($"{TestDates.Iso(TestDates.DaysAgo(1))}T07:00");
        await page.Locator("#run-distance").FillAsync("-3");
        await page.Locator("#run-duration").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log run" }).ClickAsync();

        await Expect(page.Locator("#run-distance")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#run-distance")).ToHaveAttributeAsync("aria-describedby", new Regex("run-distance-error"));
        await Expect(page.Locator("#run-distance-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#run-distance-error")).ToContainTextAsync(apiMessage);
        await Expect(page.Locator("#run-duration")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        // What was typed stays in the form to be corrected.
        await Expect(page.Locator("#run-distance")).ToHaveValueAsync("-3");
        await Expect(page.Locator(".notice-success")).ToHaveCountAsync(0);
        var stored = await api.GetFromJsonAsync<RunList>(runs, Cancel);
        Assert.Single(stored!.Items);
        tab.AssertNoProblems();
    }

    /// <summary>What the API itself says about a negative distance (sent as probe, so it stores nothing).</summary>
    private static async Task<string> DistanceProblemAsync(HttpClient api, string runs)
    {
        var bad = new { startedAt = TestDates.MorningOf(TestDates.DaysAgo(1)), distanceKm = -3, durationMin = 30, kind = "easy" };
        using var refused = await api.PostAsJsonAsync(runs, bad, Cancel);
        var problem = await refused.Content.ReadFromJsonAsync<Problem>(Cancel);
        Assert.Equal(400, (int)refused.StatusCode);
        return problem!.Errors["distanceKm"][0];
    }

    private static Regex AddressEnding(string end) => new(Regex.Escape(end) + "$");

    private sealed record Problem(Dictionary<string, string[]> Errors);

    private sealed record RunList(IReadOnlyList<object> Items);
}
