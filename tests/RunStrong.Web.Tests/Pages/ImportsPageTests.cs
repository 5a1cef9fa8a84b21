using Xunit;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RunStrong.Testing;
using RunStrong.Web.Hosting;
using RunStrong.Web.Tests.Sessions;

namespace RunStrong.Web.Tests.Pages;

/// <summary>The member imports page over HTTP: who may open it and the server-rendered history (imports.js does the upload in a browser).</summary>
public sealed class ImportsPageTests(WebPlatform fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task The_history_lists_a_finished_import_with_its_error_file()
    {
        var gym = await Platform.CreateTenantAsync("gym");
        using var api = Platform.TenantClient(gym.ApiKey);
        var importId = await ImportAsync(api, gym.Id, "externalId,firstName,lastName,email\nm-1,Anna,Berg,anna@example.com\nm-2,Bo,Lund,not-an-email\n");
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, gym.ApiKey)).Dispose();

        using var page = await browser.GetAsync("/app/imports", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Member imports</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"data-import-id=\"{importId}\"", html, StringComparison.Ordinal);
        Assert.Contains("Completed", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/t/{gym.Id}/imports/{importId}/errors\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"import-dry-run\" name=\"dryRun\" type=\"checkbox\" value=\"true\" checked", html, StringComparison.Ordinal);
        Assert.Contains(WebHosting.Asset("imports.js"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_and_poll_the_script_makes_work_with_the_session_and_its_csrf_header()
    {
        var gym = await Platform.CreateTenantAsync("gym");
        var (browser, cookies) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, gym.ApiKey)).Dispose();
        var csrf = RunStrong.Web.Sessions.WebSessionCookie.CsrfToken(WebSignIn.SessionCookie(cookies, Platform)!);

        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/t/{gym.Id}/imports?dryRun=true")
        {
            Content = new StringContent("externalId,firstName\nm-1,Anna\n", new MediaTypeHeaderValue("text/csv")),
        };
        upload.Headers.Add("X-CSRF-Token", csrf);
        using var accepted = await browser.SendAsync(upload, Cancel);
        var job = await accepted.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var wrongType = new HttpRequestMessage(HttpMethod.Post, $"/api/t/{gym.Id}/imports?dryRun=true")
        {
            Content = new StringContent("{}", new MediaTypeHeaderValue("application/pdf")),
        };
        wrongType.Headers.Add("X-CSRF-Token", csrf);
        using var refused = await browser.SendAsync(wrongType, Cancel);
        using var poll = await browser.GetAsync($"/api/t/{gym.Id}/imports/{job.GetProperty("id").GetString()}", Cancel);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.True(job.GetProperty("dryRun").GetBoolean());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
    }

    [Fact]
    public async Task A_club_is_sent_to_its_home_page()
    {
        var club = await Platform.CreateTenantAsync("club");
        var (browser, _) = WebSignIn.Browser(Platform);
        (await WebSignIn.PostAsync(browser, club.ApiKey)).Dispose();

        using var page = await browser.GetAsync("/app/imports", Cancel);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/app/athletes", page.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task The_scripts_and_styles_are_served_as_assets()
    {
        using var client = Platform.Gateway();

        foreach (var (file, type) in new[] { ("imports.js", "text/javascript"), ("imports.css", "text/css"), ("challenge.js", "text/javascript"), ("challenges.css", "text/css") })
        {
            using var asset = await client.GetAsync(WebHosting.Asset(file), Cancel);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(type, asset.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>Imports a CSV for real and waits until the job has finished.</summary>
    private static async Task<string> ImportAsync(HttpClient api, string tenantId, string csv)
    {
        using var content = new StringContent(csv, new MediaTypeHeaderValue("text/csv"));
        using var started = await api.PostAsync($"/api/t/{tenantId}/imports?dryRun=false", content, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = await api.GetFromJsonAsync<JsonElement>($"/api/t/{tenantId}/imports/{id}", Cancel);
            if (job.GetProperty("status").GetString() is "completed" or "failed" or "cancelled")
            {
                return id;
            }

            Assert.True(DateTime.UtcNow < deadline, "The import finishes within 30 s.");
            await Task.Delay(100, Cancel);
        }
    }
}
