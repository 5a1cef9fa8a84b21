using System.Collections;
using System.Diagnostics;

[assembly: AssemblyFixture(typeof(RunStrong.Web.Tests.Browser.BrowserFixture))]

namespace RunStrong.Web.Tests.Browser;

/// <summary>
/// One Playwright driver and one headless Chromium for the whole test assembly (starting a browser costs about a
/// second; a context costs milliseconds). Each test takes a <see cref="BrowserPage"/> of its own: a fresh context,
/// so cookies and storage never leak between tests. Take it in a test class's constructor.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The phone viewport's width: 375x812, mobile, touch.</summary>
    public const int Phone = 375;

    /// <summary>The desktop viewport's width: 1280x800.</summary>
    public const int Desktop = 1280;

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The browser binary, and how long installing and unpacking it took.</summary>
    public ChromiumExecutable Chromium { get; private set; } = null!;

    /// <summary>How long starting Playwright's driver and launching the browser took.</summary>
    public TimeSpan Launch { get; private set; }

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    public async ValueTask InitializeAsync()
    {
        Chromium = await ChromiumInstallation.LocateAsync(TestContext.Current.CancellationToken);
        var clock = Stopwatch.StartNew();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.Path,
            // No user namespaces in containers and CI runners, hence no sandbox; the new headless mode renders
            // like the headed browser.
            Args = ["--no-sandbox", "--headless=new"],
            Env = BrowserEnvironment(Chromium),
        });
        Launch = clock.Elapsed;
    }

    /// <summary>
    /// A page in a fresh context at <see cref="Phone"/> or <see cref="Desktop"/> width, reduced motion, UTC, en-US.
    /// <paramref name="baseUrl"/> (e.g. the gateway's address) lets the test go to relative paths such as "/app/".
    /// Dispose it to close the context.
    /// </summary>
    public async Task<BrowserPage> NewPageAsync(int width, string? baseUrl = null)
    {
        var options = width switch
        {
            Phone => new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = Phone, Height = 812 },
                IsMobile = true,
                HasTouch = true,
                DeviceScaleFactor = 2,
            },
            Desktop => new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = Desktop, Height = 800 },
                DeviceScaleFactor = 1,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(width), width, $"Pages are tested at {Phone} (phone) or {Desktop} (desktop) pixels wide."),
        };
        options.BaseURL = baseUrl;
        options.ReducedMotion = ReducedMotion.Reduce;
        options.ColorScheme = ColorScheme.Light;
        options.Locale = "en-US";
        options.TimezoneId = "UTC";

        var context = await Browser.NewContextAsync(options);
        try
        {
            return new BrowserPage(context, await context.NewPageAsync(), width);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    // Playwright's Env replaces the browser's whole environment, so this process's is carried over.
    private static Dictionary<string, string> BrowserEnvironment(ChromiumExecutable chromium)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            environment[(string)variable.Key] = (string?)variable.Value ?? string.Empty;
        }

        if (chromium.FontsConfiguration is not null)
        {
            environment["FONTCONFIG_FILE"] = chromium.FontsConfiguration;
        }

        return environment;
    }
}
