using Xunit;
using System.Net;
using System.Net.Http.Json;
using RunStrong.Testing;

namespace RunStrong.Web.Tests.Sessions;

/// <summary>Sign-in, the session cookie and what it allows, over HTTP (the browser tests drive the same pages in Chromium).</summary>
public sealed class SessionFlowTests(WebPlatform fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task A_staff_key_signs_in_to_a_session_cookie_that_holds_no_key()
    {
        var tenant = await Platform.CreateTenantAsync();
        var (browser, cookies) = WebSignIn.Browser(Platform);

        using var signedIn = await WebSignIn.PostAsync(browser, tenant.ApiKey);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/app/athletes", signedIn.Headers.Location?.OriginalString);
        var setCookie = signedIn.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("rs_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(tenant.ApiKey, setCookie, StringComparison.Ordinal);
        using var page = await browser.GetAsync("/app/athletes", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Members", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_goes_back_to_the_form_saying_so_and_sets_no_session()
    {
        var (browser, cookies) = WebSignIn.Browser(Platform);

        using var refused = await WebSignIn.PostAsync(browser, "rs_0123456789abcdef_notarealsecretnotarealsecret");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/app/?problem=unknown-key", refused.Headers.Location?.OriginalString);
        Assert.Null(WebSignIn.SessionCookie(cookies, Platform));
        Assert.Contains("was not recognised", await browser.GetStringAsync(refused.Headers.Location, Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_a_session_sends_the_browser_to_sign_in_and_back()
    {
        var (browser, _) = WebSignIn.Browser(Platform);

        using var page = await browser.GetAsync("/app/athletes?sort=risk", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/app/?returnUrl=%2Fapp%2Fathletes%3Fsort%3Drisk", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_session_calls_the_api_but_a_change_needs_the_pages_csrf_header()
    {
        var tenant = await Platform.CreateTenantAsync();
        var (browser, cookies) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, tenant.ApiKey)).Dispose();
        var cookie = WebSignIn.SessionCookie(cookies, Platform)!;
        var profile = new { sex = "female", birthYear = 1990, heightCm = 168, weightKg = 60 };

        using var read = await browser.GetAsync($"/api/t/{tenant.Id}/athletes", Cancel);
        using var forged = await browser.PutAsJsonAsync(tenant.AthletePath("a-1"), profile, Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Put, tenant.AthletePath("a-1")) { Content = JsonContent.Create(profile) };
        request.Headers.Add("X-CSRF-Token", RunStrong.Web.Sessions.WebSessionCookie.CsrfToken(cookie));
        using var genuine = await browser.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("X-CSRF-Token", await forged.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_not_only_in_the_browser()
    {
        var tenant = await Platform.CreateTenantAsync();
        var (browser, cookies) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, tenant.ApiKey)).Dispose();
        var cookie = WebSignIn.SessionCookie(cookies, Platform)!;

        using var signedOut = await browser.PostAsync("/app/sign-out", content: null, Cancel);
        using var replay = Platform.Gateway();
        replay.DefaultRequestHeaders.Add("Cookie", $"rs_session={cookie}");
        using var afterwards = await replay.GetAsync($"/api/t/{tenant.Id}/athletes", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
    }
}
