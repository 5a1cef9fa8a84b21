using System.Buffers.Binary;
using Xunit.Sdk;

namespace RunStrong.Web.Tests.Browser;

/// <summary>
/// The browser infrastructure proves itself: the npm Chromium launches and renders over real HTTP, the viewports
/// are what page tests assume, axe catches what it must and passes what it should, and the page records console
/// errors, CSP violations and failed requests.
/// </summary>
public sealed class BrowserInfrastructureTests(BrowserFixture browser)
{
    private const string Html = "text/html; charset=utf-8";

    private const string CleanPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Clean</title></head>
        <body>
          <main>
            <h1>Weekly plan</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="Pace chart">
            <form><label for="distance">Distance (km)</label><input id="distance" name="distance" type="number"></form>
          </main>
        </body>
        </html>
        """;

    private const string InaccessiblePage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Broken</title></head>
        <body>
          <main>
            <h1>Weekly plan</h1>
            <img id="chart" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
            <form><input id="distance" name="distance" type="number"></form>
          </main>
        </body>
        </html>
        """;

    private static readonly string[] Selectors = ["#chart", "#distance"];

    [Fact]
    public async Task Chromium_from_npm_launches_and_renders_a_page_served_over_http()
    {
        await using var site = await LocalSite.StartAsync(new Dictionary<string, (string, string)>
        {
            ["/"] = (Html, """
                <!doctype html><html lang="en"><head><title>Hello</title><link rel="stylesheet" href="/site.css"></head>
                <body><main><h1>Hello, runner</h1></main></body></html>
                """),
            ["/site.css"] = ("text/css", "h1 { color: rgb(200, 30, 40); }"),
        });
        await using var page = await browser.NewPageAsync(BrowserFixture.Desktop, site.Address);

        var response = await page.Page.GotoAsync("/");

        Assert.Equal(200, response?.Status);
        Assert.StartsWith("153.", browser.Browser.Version, StringComparison.Ordinal);
        Assert.Equal("Hello, runner", await page.Page.Locator("h1").TextContentAsync());
        // The stylesheet was fetched and applied: layout really ran.
        Assert.Equal("rgb(200, 30, 40)", await page.Page.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).color"));
        Assert.True(await page.Page.Locator("h1").EvaluateAsync<double>("h => h.getBoundingClientRect().height") > 0);
        page.AssertNoProblems();
    }

    [Theory]
    [InlineData(BrowserFixture.Phone, 812, true)]
    [InlineData(BrowserFixture.Desktop, 800, false)]
    public async Task Pages_open_at_the_phone_and_desktop_viewports(int width, int height, bool touch)
    {
        await using var page = await browser.NewPageAsync(width);
        await page.Page.SetContentAsync(CleanPage);

        Assert.Equal(width, await page.Page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.Equal(height, await page.Page.EvaluateAsync<int>("() => window.innerHeight"));
        Assert.Equal(touch, await page.Page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches"));
        Assert.Equal(touch, await page.Page.EvaluateAsync<bool>("() => navigator.maxTouchPoints > 0"));
        Assert.True(await page.Page.EvaluateAsync<bool>("() => matchMedia('(prefers-reduced-motion: reduce)').matches"));
    }

    [Fact]
    public async Task Other_widths_are_refused() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => browser.NewPageAsync(1024));

    [Fact]
    public async Task Each_page_has_its_own_cookies()
    {
        await using var site = await LocalSite.StartAsync(new Dictionary<string, (string, string)> { ["/"] = (Html, CleanPage) });
        await using var first = await browser.NewPageAsync(BrowserFixture.Desktop, site.Address);
        await using var second = await browser.NewPageAsync(BrowserFixture.Desktop, site.Address);
        await first.Page.GotoAsync("/");
        await second.Page.GotoAsync("/");

        await first.Page.EvaluateAsync("() => { document.cookie = 'session=first; path=/'; }");

        Assert.Equal("session=first", await first.Page.EvaluateAsync<string>("() => document.cookie"));
        Assert.Equal("", await second.Page.EvaluateAsync<string>("() => document.cookie"));
    }

    [Fact]
    public async Task Axe_passes_a_clean_page()
    {
        await using var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.Page.SetContentAsync(CleanPage);

        Assert.Empty(await Accessibility.SeriousViolationsAsync(page.Page));
        await Accessibility.AssertNoSeriousViolationsAsync(page.Page);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Axe_fails_an_image_without_alt_and_an_input_without_label_listing_rule_and_element()
    {
        // Served with a strict policy, like the gateway's pages: axe is injected by the driver, not the page.
        await using var site = await LocalSite.StartAsync(
            new Dictionary<string, (string, string)> { ["/"] = (Html, InaccessiblePage) },
            contentSecurityPolicy: "default-src 'self'; img-src 'self' data:");
        await using var page = await browser.NewPageAsync(BrowserFixture.Desktop, site.Address);
        await page.Page.GotoAsync("/");

        var violations = await Accessibility.SeriousViolationsAsync(page.Page);
        var failure = await Assert.ThrowsAsync<FailException>(() => Accessibility.AssertNoSeriousViolationsAsync(page.Page));

        Assert.Contains(violations, violation => violation.Id == "image-alt");
        Assert.Contains(violations, violation => violation.Id == "label");
        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.All(Selectors, selector => Assert.Contains(selector, failure.Message, StringComparison.Ordinal));
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message, StringComparison.Ordinal);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task A_console_error_and_an_uncaught_exception_are_recorded_and_fail_the_page()
    {
        await using var page = await browser.NewPageAsync(BrowserFixture.Phone);

        await page.Page.SetContentAsync("""
            <!doctype html><html lang="en"><head><title>Noisy</title></head><body>
            <script>console.log('fine'); console.error('the plan did not load');</script>
            <script>throw new Error('kaput');</script>
            </body></html>
            """);

        Assert.Equal(2, page.ConsoleErrors.Count);
        Assert.Contains("console error: the plan did not load", page.ConsoleErrors[0], StringComparison.Ordinal);
        Assert.Contains("kaput", page.ConsoleErrors[1], StringComparison.Ordinal);
        Assert.Empty(page.CspViolations);
        var failure = Assert.Throws<FailException>(page.AssertNoProblems);
        Assert.Contains("2 problem(s)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_security_policy_violation_is_recorded()
    {
        await using var site = await LocalSite.StartAsync(
            new Dictionary<string, (string, string)>
            {
                ["/"] = (Html, """
                    <!doctype html><html lang="en"><head><title>Strict</title></head>
                    <body><main><h1 style="color: red">Strict</h1><script>document.title = 'ran';</script></main></body></html>
                    """),
            },
            contentSecurityPolicy: "default-src 'self'");
        await using var page = await browser.NewPageAsync(BrowserFixture.Desktop, site.Address);

        await page.Page.GotoAsync("/");

        Assert.Equal("Strict", await page.Page.TitleAsync());
        // The inline script and the inline style are both refused.
        Assert.Equal(2, page.CspViolations.Count);
        Assert.All(page.CspViolations, violation => Assert.Contains("default-src 'self'", violation, StringComparison.Ordinal));
        Assert.Throws<FailException>(page.AssertNoProblems);
    }

    [Fact]
    public async Task A_missing_resource_and_an_unreachable_one_are_recorded()
    {
        await using var site = await LocalSite.StartAsync(new Dictionary<string, (string, string)>
        {
            ["/"] = (Html, """
                <!doctype html><html lang="en"><head><title>Gaps</title><link rel="stylesheet" href="/missing.css"></head>
                <body><main><h1>Gaps</h1></main></body></html>
                """),
        });
        await using var page = await browser.NewPageAsync(BrowserFixture.Desktop, site.Address);
        await page.Page.GotoAsync("/");

        // Port 9 (discard) on loopback: nothing listens, the connection is refused.
        await page.Page.EvaluateAsync("() => fetch('http://127.0.0.1:9/nothing').catch(() => undefined)");

        Assert.Contains(page.FailedRequests, failed => failed == $"HTTP 404: GET {site.Address}/missing.css");
        Assert.Contains(page.FailedRequests, failed => failed.StartsWith("request failed: GET http://127.0.0.1:9/nothing", StringComparison.Ordinal));
        Assert.Throws<FailException>(page.AssertNoProblems);
    }

    [Theory]
    [InlineData(BrowserFixture.Phone, 2)]
    [InlineData(BrowserFixture.Desktop, 1)]
    public async Task A_screenshot_is_a_full_page_png_named_by_width(int width, int scale)
    {
        var folder = Directory.CreateTempSubdirectory("runstrong-screenshots-").FullName;
        try
        {
            await using var page = await browser.NewPageAsync(width);
            // Taller than the viewport: a full-page shot is taller than the screen. Without the viewport meta a
            // phone lays the page out 980 px wide, as a real one does.
            await page.Page.SetContentAsync("""
                <!doctype html><html lang="en"><head><title>Long</title><meta name="viewport" content="width=device-width, initial-scale=1">
                <style>body { margin: 0 } div { height: 2000px; background: linear-gradient(#fff, #0a7) } h1 { animation: spin 1s infinite }
                @keyframes spin { to { transform: rotate(360deg) } }</style></head>
                <body><h1>Long</h1><div></div></body></html>
                """);

            var path = await Screenshots.SaveAsync(page.Page, "long-page", folder);

            Assert.Equal(Path.Combine(folder, $"long-page-{width}.png"), path);
            var png = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            // IHDR: width and height in device pixels.
            Assert.Equal(width * scale, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.True(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)) >= 2000 * scale);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Screenshot_names_are_checked_and_land_in_the_repository()
    {
        await using var page = await browser.NewPageAsync(BrowserFixture.Desktop);

        await Assert.ThrowsAsync<ArgumentException>(() => Screenshots.SaveAsync(page.Page, "../escape"));
        Assert.True(File.Exists(Path.Combine(Screenshots.RepositoryRoot(), "RunStrong.sln")));
    }

    [Fact]
    public void The_fixture_reports_its_timings()
    {
        Assert.True(File.Exists(browser.Chromium.Path));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Chromium {browser.Browser.Version} at {browser.Chromium.Path}: npm install {browser.Chromium.Install.TotalMilliseconds:F0} ms, " +
            $"unpack {browser.Chromium.Unpack.TotalMilliseconds:F0} ms, Playwright + launch {browser.Launch.TotalMilliseconds:F0} ms");
    }
}
