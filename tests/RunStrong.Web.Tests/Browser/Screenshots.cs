using System.Text.RegularExpressions;

namespace RunStrong.Web.Tests.Browser;

/// <summary>
/// Full-page screenshots of the pages, kept in the repository (docs/pages) so a change to a page shows in review.
/// Taken as still as a browser allows: after the network is idle, with animations and the caret stopped.
/// </summary>
public static partial class Screenshots
{
    /// <summary>Saves docs/pages/{name}-{width}.png (width from the page's viewport) and returns the file's path.</summary>
    public static Task<string> SaveAsync(IPage page, string name) =>
        SaveAsync(page, name, Path.Combine(RepositoryRoot(), "docs", "pages"));

    /// <summary>As <see cref="SaveAsync(IPage, string)"/>, into <paramref name="folder"/>.</summary>
    public static async Task<string> SaveAsync(IPage page, string name, string folder)
    {
        if (!FileName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a screenshot name: lower-case letters, digits and dashes.", nameof(name));
        }

        var width = page.ViewportSize?.Width ?? throw new InvalidOperationException("The page has no fixed viewport, so no width to name its screenshot by.");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        // Web fonts load after the network goes idle; a screenshot taken before they are ready falls back.
        await page.EvaluateAsync("() => document.fonts.ready.then(() => undefined)");

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new()
        {
            Path = path,
            FullPage = true,
            Type = ScreenshotType.Png,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
        return path;
    }

    /// <summary>The folder holding RunStrong.sln, above this test assembly's folder.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RunStrong.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No RunStrong.sln above '{AppContext.BaseDirectory}'.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex FileName();
}
