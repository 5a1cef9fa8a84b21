using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using RunStrong.Testing;
using static Microsoft.Playwright.Assertions;

namespace RunStrong.Web.Tests.EndToEnd;

/// <summary>Sign-in links, what an athlete's session may open, and how sessions end, in Chromium.</summary>
public sealed class SessionBrowserTests(WebPlatform fixture, BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task A_sign_in_link_from_the_staff_page_signs_the_athlete_in_and_leaves_no_key_in_the_address_bar()
    {
        var tenant = await Platform.CreateTenantAsync("club");
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "ingrid", "Ingrid", "Dahl");
        await EndToEndData.AddMemberAsync(api, tenant, "other", "Ola", "Nordmann");
        await EndToEndData.AddRunAsync(api, tenant, "ingrid", 2, 10, 58, "easy");
        await using var staff = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        await EndToEndData.SignInAsync(staff.Page, tenant.ApiKey);
        await staff.Page.GotoAsync("/app/athletes/ingrid");

        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Create a sign-in link" }).ClickAsync();
        var link = staff.Page.Locator("#access .secret a");
        await Expect(link).ToBeVisibleAsync();
        await Expect(staff.Page.Locator("#access .qr svg")).ToBeVisibleAsync();
        var signInUrl = (await link.GetAttributeAsync("href"))!;
        Assert.Matches("/app/#key=", signInUrl);
        var key = Uri.UnescapeDataString(signInUrl[(signInUrl.IndexOf("#key=", StringComparison.Ordinal) + 5)..]);
        staff.AssertNoProblems();

        await using var athlete = await browser.NewPageAsync(BrowserFixture.Phone, EndToEndData.BaseUrl(Platform));
        var page = athlete.Page;
        await page.GotoAsync(signInUrl);

        await Expect(page).ToHaveURLAsync(new Regex("/app/athletes/ingrid$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ingrid Dahl");
        Assert.DoesNotContain(key, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("key=", page.Url, StringComparison.Ordinal);
        // Not in the history either: the entry before this page is the sign-in page without its fragment.
        await page.GoBackAsync();
        Assert.DoesNotContain("key=", page.Url, StringComparison.Ordinal);
        await page.GoForwardAsync();
        await Expect(page.Locator("#access")).ToHaveCountAsync(0);
        athlete.AssertNoProblems();

        var other = await page.GotoAsync("/app/athletes/other");
        Assert.Equal((int)HttpStatusCode.NotFound, other!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Athlete not found");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Nordmann");
        await page.GotoAsync("/app/athletes");
        await Expect(page).ToHaveURLAsync(new Regex("/app/athletes/ingrid$"));
        Assert.Equal([$"HTTP 404: GET {EndToEndData.BaseUrl(Platform)}/app/athletes/other"], athlete.FailedRequests);
        // Chromium logs the 404 itself as a console error; nothing else went wrong.
        Assert.All(athlete.ConsoleErrors, error => Assert.Contains("status of 404", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_the_old_cookie_opens_nothing()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "berg", "Anna", "Berg");
        await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;
        await EndToEndData.SignInAsync(page, tenant.ApiKey);
        var session = (await tab.Context.CookiesAsync()).Single(cookie => cookie.Name == "rs_session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.DoesNotContain(tenant.ApiKey, session.Value, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(EndToEndData.SignInAddress());
        await Expect(page.Locator("#key")).ToBeVisibleAsync();
        await page.GotoAsync("/app/athletes/berg");
        await Expect(page).ToHaveURLAsync(EndToEndData.SignInAddress());
        tab.AssertNoProblems();

        // The cookie as it was before signing out, replayed in another browser: the server has forgotten it.
        await using var replay = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        await replay.Context.AddCookiesAsync([new() { Name = session.Name, Value = session.Value, Domain = session.Domain, Path = session.Path }]);
        await replay.Page.GotoAsync("/app/athletes");
        await Expect(replay.Page).ToHaveURLAsync(EndToEndData.SignInAddress());
        await Expect(replay.Page.Locator("p[role=alert]")).ToContainTextAsync("Your session ended");
        using var http = Platform.Gateway();
        http.DefaultRequestHeaders.Add("Cookie", $"rs_session={session.Value}");
        using var read = await http.GetAsync($"/api/t/{tenant.Id}/athletes", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    [Fact]
    public async Task Revoking_the_athletes_key_ends_their_browser_session_within_the_key_cache_period()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "ingrid", "Ingrid", "Dahl");
        var key = await EndToEndData.IssueAthleteKeyAsync(api, tenant, "ingrid");
        await using var tab = await browser.NewPageAsync(BrowserFixture.Phone, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;
        await page.GotoAsync(key.SignInUrl);
        await Expect(page).ToHaveURLAsync(new Regex("/app/athletes/ingrid$"));

        using var revoked = await api.DeleteAsync($"{tenant.AthletePath("ingrid")}/keys/{key.KeyId}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        var clock = Stopwatch.StartNew();
        // Reload until the session is refused: bounded by the key cache (1 s here) with ample room for a busy machine.
        var bound = TimeSpan.FromSeconds(WebPlatform.KeyCacheSeconds + 9);
        while (!EndToEndData.SignInAddress().IsMatch(page.Url) && clock.Elapsed < bound)
        {
            await page.WaitForTimeoutAsync(200);
            await page.ReloadAsync();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"The revoked key's session ended after {clock.ElapsedMilliseconds} ms (key cache {WebPlatform.KeyCacheSeconds} s).");
        await Expect(page).ToHaveURLAsync(EndToEndData.SignInAddress());
        await Expect(page.Locator("#key")).ToBeVisibleAsync();
        await page.GotoAsync("/app/athletes/ingrid");
        await Expect(page).ToHaveURLAsync(EndToEndData.SignInAddress());
    }
}
