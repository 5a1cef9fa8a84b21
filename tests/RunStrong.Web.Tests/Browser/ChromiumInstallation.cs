using System.ComponentModel;
using System.Diagnostics;
using RunStrong.LocalStorage;

namespace RunStrong.Web.Tests.Browser;

/// <summary>
/// The Chromium the page tests drive. Playwright's own browser download is not available where the tests run, so
/// the browser comes from npm: <c>@sparticuz/chromium</c>, pinned in tests/RunStrong.Web.Tests/Chromium
/// (package.json + the committed package-lock.json), installed with <c>npm ci</c> by the first user on a machine
/// (<see cref="NpmPackageFolder"/> serialises concurrent first users) and unpacked by that folder's
/// executable-path.mjs, which prints where the binary is. Needs Node.js and npm on PATH.
/// </summary>
public static class ChromiumInstallation
{
    private const string RelativeFolder = "tests/RunStrong.Web.Tests/Chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ChromiumExecutable? located;

    /// <summary>Installs (first run only) and unpacks the browser; the answer is kept for the rest of the process.</summary>
    public static async Task<ChromiumExecutable> LocateAsync(CancellationToken cancellationToken = default)
    {
        if (located is { } known)
        {
            return known;
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            return located ??= await InstallAndUnpackAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<ChromiumExecutable> InstallAndUnpackAsync(CancellationToken cancellationToken)
    {
        var folder = NpmPackageFolder.Locate(RelativeFolder, Path.Combine("node_modules", "@sparticuz", "chromium", "package.json"));
        var clock = Stopwatch.StartNew();
        await WithNodeAsync("npm", () => folder.EnsureInstalledAsync(cancellationToken: cancellationToken));
        var installed = clock.Elapsed;

        var printed = await WithNodeAsync("node", () => folder.RunAsync("node", ["executable-path.mjs"], cancellationToken));
        var path = printed.Trim();
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"executable-path.mjs in {folder.Folder} printed '{path}', which is not a file.");
        }

        var fontsConfiguration = Path.Combine(Path.GetDirectoryName(path)!, "fonts.conf");
        return new ChromiumExecutable(path, File.Exists(fontsConfiguration) ? fontsConfiguration : null, installed, clock.Elapsed - installed);
    }

    // Process.Start throws a bare "No such file or directory" when a program is missing; say what is needed.
    private static async Task<T> WithNodeAsync<T>(string program, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"The browser tests need Node.js and npm on PATH to install their Chromium from {RelativeFolder}, and '{program}' could not be started: {exception.Message}",
                exception);
        }
    }

    private static async Task<bool> WithNodeAsync(string program, Func<Task> run) =>
        await WithNodeAsync(program, async () =>
        {
            await run();
            return true;
        });
}

/// <summary>Where the unpacked Chromium is, and how long getting it took.</summary>
/// <param name="Path">The browser binary, for <see cref="BrowserTypeLaunchOptions.ExecutablePath"/>.</param>
/// <param name="FontsConfiguration">
/// A fontconfig file naming only the fonts the package carries (null if the script wrote none): given to the
/// browser as FONTCONFIG_FILE, so pages render with the same fonts on every machine.
/// </param>
/// <param name="Install">Time spent in <c>npm ci</c> (near zero once installed).</param>
/// <param name="Unpack">Time spent running executable-path.mjs (about a second on first use, then node's start-up).</param>
public sealed record ChromiumExecutable(string Path, string? FontsConfiguration, TimeSpan Install, TimeSpan Unpack);
