using System.Text.RegularExpressions;
using RunStrong.Testing;
using static Microsoft.Playwright.Assertions;

namespace RunStrong.Web.Tests.EndToEnd;

/// <summary>
/// Every page at phone and desktop width: axe finds nothing serious, the Content Security Policy refuses nothing and
/// the console stays clean; each page is photographed into docs/pages. Also the athlete page's first-load weight and
/// its keyboard path.
/// </summary>
public sealed class PageAuditTests(WebPlatform fixture, BrowserFixture browser)
{
    /// <summary>The product's budget for the JavaScript and CSS a page loads the first time.</summary>
    private const int FirstLoadBudgetBytes = 300 * 1024;

    private InProcessPlatform Platform => fixture.Platform;

    [Theory]
    [InlineData(BrowserFixture.Phone)]
    [InlineData(BrowserFixture.Desktop)]
    public async Task Every_page_is_accessible_runs_under_the_csp_and_is_photographed(int width)
    {
        var tenant = await GymWithMembersAsync();
        await using var tab = await browser.NewPageAsync(width, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;

        await page.GotoAsync("/app/");
        await AuditAsync(tab, "sign-in");

        await EndToEndData.SignInAsync(page, tenant.ApiKey);
        await Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(6);
        await AuditAsync(tab, "members");

        await page.GetByRole(AriaRole.Link, new() { Name = "Follow-up list, risk first" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=risk"));
        await AuditAsync(tab, "follow-up");

        await page.GotoAsync("/app/athletes/lindqvist");
        await Expect(page.Locator("[data-code]").First).ToBeVisibleAsync();
        await AuditAsync(tab, "athlete");
    }

    [Fact]
    public async Task The_athlete_page_loads_its_javascript_and_css_within_the_budget()
    {
        var tenant = await GymWithMembersAsync();
        await using var tab = await browser.NewPageAsync(BrowserFixture.Phone, EndToEndData.BaseUrl(Platform));
        await EndToEndData.SignInAsync(tab.Page, tenant.ApiKey);
        // A fresh context of its own, with the session only: nothing of the page is in its cache yet.
        var session = (await tab.Context.CookiesAsync()).Single(cookie => cookie.Name == "rs_session");
        await using var fresh = await browser.NewPageAsync(BrowserFixture.Phone, EndToEndData.BaseUrl(Platform));
        await fresh.Context.AddCookiesAsync([new() { Name = session.Name, Value = session.Value, Domain = session.Domain, Path = session.Path }]);
        var responses = new List<IResponse>();
        fresh.Page.Response += (_, response) =>
        {
            lock (responses)
            {
                responses.Add(response);
            }
        };

        await fresh.Page.GotoAsync("/app/athletes/lindqvist", new() { WaitUntil = WaitUntilState.NetworkIdle });

        long transferred = 0, decoded = 0, document = 0;
        var lines = new List<string>();
        foreach (var response in responses.ToList())
        {
            var type = response.Request.ResourceType;
            var sizes = await response.Request.SizesAsync();
            var body = (await response.BodyAsync()).Length;
            if (type == "document")
            {
                document += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            if (type is not ("script" or "stylesheet"))
            {
                continue;
            }

            transferred += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            decoded += body;
            lines.Add($"  {type} {new Uri(response.Url).AbsolutePath}: {sizes.ResponseBodySize + sizes.ResponseHeadersSize:N0} B transferred, {body:N0} B unpacked");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Athlete page first load: JS + CSS {transferred:N0} B transferred ({transferred / 1024.0:F1} KB; {decoded:N0} B unpacked) " +
            $"of a {FirstLoadBudgetBytes / 1024} KB budget; the HTML document {document:N0} B.{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        Assert.Contains(responses, response => response.Request.ResourceType == "script");
        Assert.Contains(responses, response => response.Request.ResourceType == "stylesheet");
        Assert.InRange(transferred, 1, FirstLoadBudgetBytes);
        fresh.AssertNoProblems();
    }

    [Fact]
    public async Task Tab_reaches_the_skip_link_first_then_every_form_control_of_the_athlete_page_with_visible_focus()
    {
        var tenant = await GymWithMembersAsync();
        await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;
        await EndToEndData.SignInAsync(page, tenant.ApiKey);
        await page.GotoAsync("/app/athletes/lindqvist");
        var controls = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main button')].map(c => c.id || c.textContent.trim())");
        Assert.NotEmpty(controls);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.NotEqual("none", await OutlineOfFocusAsync(page));

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var unseen = new List<string>();
        for (var press = 0; press < 150 && !controls.All(reached.Contains); press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var name = await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.id || e.textContent.trim(); }");
            reached.Add(name);
            if (await OutlineOfFocusAsync(page) == "none")
            {
                unseen.Add(name);
            }
        }

        var missed = controls.Where(control => !reached.Contains(control)).ToList();
        Assert.True(missed.Count == 0, $"Tab never reached: {string.Join(", ", missed)}");
        Assert.True(unseen.Count == 0, $"Focus not visible on: {string.Join(", ", unseen)}");
        tab.AssertNoProblems();
    }

    /// <summary>
    /// The outline style of what has focus, or for a visually hidden control (the file input) of its label, which is
    /// what a sighted keyboard user sees.
    /// </summary>
    private static Task<string> OutlineOfFocusAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const e = document.activeElement;
          const shown = e.classList.contains('visually-hidden') && e.id ? document.querySelector(`label[for="${e.id}"]`) : e;
          return getComputedStyle(shown).outlineStyle;
        }
        """);

    private static async Task AuditAsync(BrowserPage tab, string name)
    {
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(tab.Page);
        Assert.Empty(tab.CspViolations);
        tab.AssertNoProblems();
        var path = await Screenshots.SaveAsync(tab.Page, name);
        TestContext.Current.TestOutputHelper?.WriteLine($"{name} at {tab.Width} px: {path}");
    }

    /// <summary>A gym with six members; Lindqvist has four weeks of training, food and weigh-ins behind her.</summary>
    private async Task<TestTenant> GymWithMembersAsync()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "lindqvist", "Maja", "Lindqvist");
        await EndToEndData.AddTrainingHistoryAsync(api, tenant, "lindqvist");
        await EndToEndData.AddMemberAsync(api, tenant, "mueller", "Jürgen", "Müller", weightKg: 78);
        await EndToEndData.AddRunAsync(api, tenant, "mueller", 3, 10, 55, "easy");
        await EndToEndData.AddMemberAsync(api, tenant, "oyvind", "Øyvind", "Hansen", weightKg: 72);
        await EndToEndData.AddRunAsync(api, tenant, "oyvind", 12, 6, 36, "easy");
        await EndToEndData.AddMemberAsync(api, tenant, "berg", "Anna", "Berg");
        await EndToEndData.AddMemberAsync(api, tenant, "costa", "Inês", "Costa", weightKg: 58);
        await EndToEndData.AddRunAsync(api, tenant, "costa", 1, 21.1, 118, "long");
        await EndToEndData.AddMemberAsync(api, tenant, "okafor", "Chidi", "Okafor", weightKg: 70);
        return tenant;
    }
}
