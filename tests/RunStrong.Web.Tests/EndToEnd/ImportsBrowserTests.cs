using System.Text;
using System.Text.RegularExpressions;
using RunStrong.Testing;
using static Microsoft.Playwright.Assertions;

namespace RunStrong.Web.Tests.EndToEnd;

/// <summary>
/// The member imports page (/app/imports, gyms only) in Chromium: a dry run of a member file with a bad row, then the
/// same file for real, with live progress; and the page's accessibility, policy and screenshots.
/// </summary>
public sealed class ImportsBrowserTests(WebPlatform fixture, BrowserFixture browser)
{
    private const string MemberFile = """
        externalId,firstName,lastName,email
        M-1001,Åsa,Ekström,asa@gym.example
        M-1002,Tomás,Núñez,tomas@gym.example
        M-1003,Broken,Email,not-an-email
        """;

    /// <summary>How long a small import may wait for the platform's import worker (it queues behind other tests' jobs).</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Finished = new() { Timeout = 30_000 };

    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task A_dry_run_shows_the_bad_row_then_the_same_file_imports_for_real_and_the_members_are_listed()
    {
        var tenant = await Platform.CreateTenantAsync();
        var file = await MemberFileAsync();
        try
        {
            await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
            var page = tab.Page;
            await EndToEndData.SignInAsync(page, tenant.ApiKey);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/app/imports$"));
            // The upload is the page's script: it must be running before the form is used.
            await page.WaitForLoadStateAsync(LoadState.Load);

            await page.Locator("#import-file").SetInputFilesAsync(file);
            await Expect(page.Locator("#import-dry-run")).ToBeCheckedAsync();
            await page.Locator("#import-submit").ClickAsync();

            await Expect(page.Locator("#import-live")).ToBeVisibleAsync();
            await Expect(page.Locator("#import-status")).ToHaveTextAsync("Completed", Finished);
            await Expect(page.Locator("#import-kind")).ToContainTextAsync("Dry run");
            await Expect(page.Locator("#import-failed")).ToHaveTextAsync("1");
            await Expect(page.Locator("#import-error-rows tr")).ToHaveCountAsync(1);
            await Expect(page.Locator("#import-error-rows")).ToContainTextAsync("email");
            await Expect(page.Locator("#import-error-file")).ToBeVisibleAsync();
            await Expect(page.Locator("#history-rows tr")).ToHaveCountAsync(1);

            await page.Locator("#import-for-real").ClickAsync();
            await Expect(page.Locator("#import-kind")).ToContainTextAsync("for real");
            await Expect(page.Locator("#import-status")).ToHaveTextAsync("Completed", Finished);
            await Expect(page.Locator("#import-created")).ToHaveTextAsync("2");
            await Expect(page.Locator("#history-rows tr")).ToHaveCountAsync(2);
            tab.AssertNoProblems();

            await page.GotoAsync("/app/athletes?q=ekstrom");
            await Expect(page.Locator("#results tbody tr")).ToContainTextAsync("Ekström");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Theory]
    [InlineData(BrowserFixture.Phone)]
    [InlineData(BrowserFixture.Desktop)]
    public async Task The_imports_page_is_accessible_runs_under_the_csp_and_is_photographed(int width)
    {
        var tenant = await Platform.CreateTenantAsync();
        var file = await MemberFileAsync();
        try
        {
            await using var tab = await browser.NewPageAsync(width, EndToEndData.BaseUrl(Platform));
            var page = tab.Page;
            await EndToEndData.SignInAsync(page, tenant.ApiKey);
            await page.GotoAsync("/app/imports");
            await page.Locator("#import-file").SetInputFilesAsync(file);
            await page.Locator("#import-submit").ClickAsync();
            await Expect(page.Locator("#import-status")).ToHaveTextAsync("Completed", Finished);

            await Accessibility.AssertNoSeriousViolationsAsync(page);
            Assert.Empty(tab.CspViolations);
            tab.AssertNoProblems();
            await Screenshots.SaveAsync(page, "imports");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_club_has_no_imports_page()
    {
        var club = await Platform.CreateTenantAsync("club");
        await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        await EndToEndData.SignInAsync(tab.Page, club.ApiKey);

        await tab.Page.GotoAsync("/app/imports");

        await Expect(tab.Page).ToHaveURLAsync(new Regex("/app/athletes$"));
        await Expect(tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Imports" })).ToHaveCountAsync(0);
    }

    private static async Task<string> MemberFileAsync()
    {
        // A folder of its own, so the file keeps a plain name (the page and its screenshot show it).
        var file = Path.Combine(Directory.CreateTempSubdirectory("members-").FullName, "members.csv");
        await File.WriteAllTextAsync(file, MemberFile.ReplaceLineEndings("\n") + "\n", Encoding.UTF8, TestContext.Current.CancellationToken);
        return file;
    }
}
