using System.Text;
using System.Text.RegularExpressions;
using RunStrong.Testing;
using static Microsoft.Playwright.Assertions;

namespace RunStrong.Web.Tests.EndToEnd;

/// <summary>A watch file into the athlete page, chosen with the file picker or dropped on the zone.</summary>
public sealed class ActivityUploadBrowserTests(WebPlatform fixture, BrowserFixture browser)
{
    private InProcessPlatform Platform => fixture.Platform;

    [Fact]
    public async Task A_chosen_gpx_file_shows_what_was_derived_and_then_lists_among_recent_activities()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "berg", "Anna", "Berg");
        var file = Path.Combine(Path.GetTempPath(), $"morning-run-{Guid.NewGuid():N}.gpx");
        await File.WriteAllBytesAsync(file, ActivityFileSamples.RunGpx(Yesterday(7), TimeSpan.FromMinutes(30)), TestContext.Current.CancellationToken);
        try
        {
            await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
            var page = tab.Page;
            await EndToEndData.SignInAsync(page, tenant.ApiKey);
            await page.GotoAsync("/app/athletes/berg");

            await page.Locator("#activity-file").SetInputFilesAsync(file);

            var result = page.Locator(".upload-result .notice-success");
            await Expect(result).ToContainTextAsync("Added: running");
            await Expect(result).ToContainTextAsync("5.40 km in 30 min moving");
            await Expect(result).ToContainTextAsync("average heart rate 140");
            await result.GetByRole(AriaRole.Link, new() { Name = "See your updated coaching" }).ClickAsync();
            await Expect(page.Locator("#upload table")).ToContainTextAsync("5.40");
            await Expect(EndToEndData.Stat(page, "Runs, 7 days")).ToHaveTextAsync("1");
            tab.AssertNoProblems();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_gpx_file_dropped_on_the_zone_is_uploaded_like_a_chosen_one()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var api = Platform.TenantClient(tenant.ApiKey);
        await EndToEndData.AddMemberAsync(api, tenant, "berg", "Anna", "Berg");
        var gpx = Encoding.UTF8.GetString(ActivityFileSamples.RideGpx(Yesterday(17), TimeSpan.FromMinutes(20)));
        await using var tab = await browser.NewPageAsync(BrowserFixture.Desktop, EndToEndData.BaseUrl(Platform));
        var page = tab.Page;
        await EndToEndData.SignInAsync(page, tenant.ApiKey);
        await page.GotoAsync("/app/athletes/berg");
        var zone = page.Locator(".drop-zone");

        // A real DataTransfer holding a File, as the browser builds one for a drag from the desktop.
        var dataTransfer = await page.EvaluateHandleAsync(
            "text => { const transfer = new DataTransfer(); transfer.items.add(new File([text], 'evening-ride.gpx', { type: 'application/gpx+xml' })); return transfer; }",
            gpx);
        await zone.DispatchEventAsync("dragenter", new Dictionary<string, object> { ["dataTransfer"] = dataTransfer });
        await Expect(zone).ToHaveClassAsync(new Regex(@"\bdragging\b"));
        await zone.DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dataTransfer });

        await Expect(zone).Not.ToHaveClassAsync(new Regex(@"\bdragging\b"));
        var result = page.Locator(".upload-result .notice-success");
        await Expect(result).ToContainTextAsync("Added: cycling");
        await Expect(result).ToContainTextAsync("8.40 km in 20 min moving");
        tab.AssertNoProblems();
    }

    private static DateTimeOffset Yesterday(int hourUtc) =>
        new(TestDates.DaysAgo(1).ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero);
}
