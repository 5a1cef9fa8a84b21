using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RunStrong.Testing;
using static Microsoft.Playwright.Assertions;

namespace RunStrong.Web.Tests.EndToEnd;

/// <summary>
/// Club challenges in Chromium: creating one through the form, its leaderboard kept current by the page's
/// EventSource, and both pages' accessibility, policy and screenshots.
/// </summary>
public sealed class ChallengesBrowserTests(WebPlatform fixture, BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task Staff_create_a_challenge_through_the_form_and_land_on_its_page()
    {
        var club = await Platform.CreateTenantAsync("club");
        await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;
        await EndToEndData.SignInAsync(page, club.ApiKey);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Challenges" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/app/challenges$"));

        await page.Locator("#challenge-id").FillAsync("spring-k");
        await page.Locator("#challenge-name").FillAsync("Spring kilometres");
        await page.Locator("#challenge-starts").FillAsync(TestDates.Iso(TestDates.DaysAgo(3)));
        await page.Locator("#challenge-ends").FillAsync(TestDates.Iso(TestDates.Today.AddDays(25)));
        await page.Locator("#challenge-metric").SelectOptionAsync("distanceKm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the challenge" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/app/challenges/spring-k$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Spring kilometres");
        tab.AssertNoProblems();
    }

    [Fact]
    public async Task The_leaderboard_updates_in_place_when_a_member_logs_a_run()
    {
        var (club, api) = await ClubWithChallengeAsync();
        using (api)
        {
            await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
            var page = tab.Page;
            await EndToEndData.SignInAsync(page, club.ApiKey);
            await page.GotoAsync("/app/challenges/club-k");
            await Expect(page.Locator("#leaderboard-live")).ToHaveTextAsync("Live");
            await page.EvaluateAsync("() => { window.sameDocument = true; }");

            await EndToEndData.AddRunAsync(api, club, "noor", 0, 12.5, 62, "long");

            await Expect(page.Locator("#athlete-board tr[data-athlete-id=noor]")).ToContainTextAsync("12.5");
            await Expect(page.Locator("#team-board tr[data-team-id=hares]")).ToContainTextAsync("12.5");
            Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
            tab.AssertNoProblems();
        }
    }

    [Theory]
    [InlineData(BrowserFixture.Phone)]
    [InlineData(BrowserFixture.Desktop)]
    public async Task The_challenge_pages_are_accessible_run_under_the_csp_and_are_photographed(int width)
    {
        var (club, api) = await ClubWithChallengeAsync();
        using (api)
        {
            await EndToEndData.AddRunAsync(api, club, "noor", 1, 10.2, 55, "easy");
            await EndToEndData.AddRunAsync(api, club, "lars", 2, 7.4, 41, "easy");
            await using var tab = await browser.NewPageAsync(width, EndToEndData.BaseUrl(Platform));
            var page = tab.Page;
            await EndToEndData.SignInAsync(page, club.ApiKey);

            await page.GotoAsync("/app/challenges");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Club kilometres" })).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            Assert.Empty(tab.CspViolations);
            tab.AssertNoProblems();
            await Screenshots.SaveAsync(page, "challenges");

            await page.GotoAsync("/app/challenges/club-k");
            await Expect(page.Locator("#athlete-board tr[data-athlete-id=noor]")).ToContainTextAsync("10.2");
            await Expect(page.Locator("#leaderboard-live")).ToHaveTextAsync("Live");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            Assert.Empty(tab.CspViolations);
            tab.AssertNoProblems();
            await Screenshots.SaveAsync(page, "challenge");
        }
    }

    /// <summary>A club with a distance challenge (started a week ago), two teams and three named members in them.</summary>
    private async Task<(TestTenant Club, HttpClient Api)> ClubWithChallengeAsync()
    {
        var club = await Platform.CreateTenantAsync("club");
        var api = Platform.TenantClient(club.ApiKey);
        await EndToEndData.AddMemberAsync(api, club, "noor", "Noor", "Haddad");
        await EndToEndData.AddMemberAsync(api, club, "lars", "Lars", "Øberg");
        await EndToEndData.AddMemberAsync(api, club, "ines", "Inês", "Costa");
        var challenge = new
        {
            id = "club-k",
            name = "Club kilometres",
            startsOn = TestDates.Iso(TestDates.DaysAgo(7)),
            endsOn = TestDates.Iso(TestDates.Today.AddDays(21)),
            metric = "distanceKm",
        };
        (await api.PostAsJsonAsync($"/api/t/{club.Id}/challenges", challenge, Cancel)).EnsureSuccessStatusCode();
        foreach (var (id, name) in new[] { ("hares", "Hares"), ("tortoises", "Tortoises") })
        {
            (await api.PostAsJsonAsync($"/api/t/{club.Id}/challenges/club-k/teams", new { id, name }, Cancel)).EnsureSuccessStatusCode();
        }

        foreach (var (athlete, team) in new[] { ("noor", "hares"), ("lars", "tortoises"), ("ines", "tortoises") })
        {
            (await api.PutAsync($"/api/t/{club.Id}/challenges/club-k/teams/{team}/members/{athlete}", content: null, Cancel)).EnsureSuccessStatusCode();
        }

        return (club, api);
    }
}
