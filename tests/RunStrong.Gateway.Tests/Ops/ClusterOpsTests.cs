using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Ops;

/// <summary>What ops teams see: <c>GET /ops/cluster</c> and the Orleans dashboard, both behind the admin key.</summary>
public sealed class ClusterOpsTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_cluster_view_lists_silos_grain_activations_and_athletes_per_tenant()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        foreach (var athlete in new[] { "ana", "ben", "cat" })
        {
            (await client.PutAsJsonAsync(tenant.AthletePath(athlete), Profile(), Cancel)).EnsureSuccessStatusCode();
        }

        using var admin = fixture.Platform.AdminClient();
        var cluster = await admin.GetFromJsonAsync<JsonElement>("/ops/cluster?recount=true", Cancel);

        var silo = cluster.GetProperty("silos").EnumerateArray().Single(s => s.GetProperty("status").GetString() == "Active");
        Assert.Equal(1, cluster.GetProperty("activeSilos").GetInt32());
        Assert.True(silo.GetProperty("uptimeSeconds").GetDouble() > 0);
        Assert.True(silo.GetProperty("activations").GetInt32() >= 3);
        var athleteGrains = cluster.GetProperty("grains").EnumerateArray().Single(g => g.GetProperty("type").GetString() == "AthleteGrain");
        Assert.True(athleteGrains.GetProperty("activations").GetInt32() >= 3);
        var mine = cluster.GetProperty("tenants").GetProperty("items").EnumerateArray().Single(t => t.GetProperty("tenantId").GetString() == tenant.Id);
        Assert.Equal((3, 3), (mine.GetProperty("athletes").GetInt32(), mine.GetProperty("activeAthletes").GetInt32()));
    }

    [Fact]
    public async Task The_cluster_view_refuses_tenant_keys_and_anonymous_callers()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var tenantClient = fixture.Platform.TenantClient(tenant.ApiKey);
        using var anonymous = fixture.Platform.Gateway();

        await AssertProblemAsync(await tenantClient.GetAsync("/ops/cluster", Cancel), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await anonymous.GetAsync("/ops/cluster", Cancel), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_dashboard_sends_a_browser_to_sign_in_and_never_asks_for_the_key_as_a_basic_password()
    {
        using var browser = Browser(new CookieContainer());
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var tenantClient = Browser(new CookieContainer());
        tenantClient.DefaultRequestHeaders.Add("X-Api-Key", tenant.ApiKey);

        using var anonymous = await browser.GetAsync("/ops/dashboard/", Cancel);
        using var basic = await SendBasicAsync(browser, TestSecrets.AdminKey);
        using var withTenantKey = await tenantClient.GetAsync("/ops/dashboard/", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/ops/sign-in", anonymous.Headers.Location!.OriginalString.Split('?')[0].Replace(fixture.Platform.GatewayAddress.ToString().TrimEnd('/'), "", StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.OK, basic.StatusCode);
        Assert.DoesNotContain(basic.Headers.WwwAuthenticate, header => header.Scheme == "Basic");
        Assert.Equal(HttpStatusCode.Redirect, withTenantKey.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_takes_the_admin_key_in_its_header_for_tools()
    {
        using var admin = fixture.Platform.AdminClient();

        using var response = await admin.GetAsync("/ops/dashboard/", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_operator_signs_in_once_and_the_browser_keeps_a_session_that_holds_no_key()
    {
        var cookies = new CookieContainer();
        using var browser = Browser(cookies);

        using var wrongKey = await PostSignInAsync(browser, "not-the-admin-key-0123456789-0123456789");
        using var signedIn = await PostSignInAsync(browser, TestSecrets.AdminKey);
        using var dashboard = await browser.GetAsync("/ops/dashboard/", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.EndsWith("/ops/dashboard/", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(cookie => cookie.StartsWith("rs_ops=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestSecrets.AdminKey, session, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(TestSecrets.AdminKey)), session, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        using var signOut = await browser.PostAsync("/ops/sign-out", null, Cancel);
        using var afterSignOut = await browser.GetAsync("/ops/dashboard/", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_anti_forgery_token()
    {
        using var browser = Browser(new CookieContainer());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = TestSecrets.AdminKey, ["returnUrl"] = "/ops/dashboard/" });

        using var response = await browser.PostAsync("/ops/sign-in", form, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], cookie => cookie.StartsWith("rs_ops=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_page_sends_a_strict_content_security_policy_and_ignores_an_outside_return_address()
    {
        using var browser = Browser(new CookieContainer());

        using var page = await browser.GetAsync("/ops/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", Cancel);
        using var signedIn = await PostSignInAsync(browser, TestSecrets.AdminKey, returnUrl: "//evil.example/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.EndsWith("/ops/dashboard/", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private HttpClient Browser(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = fixture.Platform.GatewayAddress };

    /// <summary>Loads the sign-in page (for its anti-forgery token and cookie) and posts the form as a browser would.</summary>
    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string key, string returnUrl = "/ops/dashboard/")
    {
        var page = await browser.GetStringAsync("/ops/sign-in", Cancel);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token), ["key"] = key, ["returnUrl"] = returnUrl,
        });
        return await browser.PostAsync("/ops/sign-in", form, Cancel);
    }

    private static async Task<HttpResponseMessage> SendBasicAsync(HttpClient client, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ops/dashboard/");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"ops:{password}")));
        return await client.SendAsync(request, Cancel);
    }
}
