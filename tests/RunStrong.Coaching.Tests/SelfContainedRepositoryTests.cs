using System.Text.RegularExpressions;

namespace RunStrong.Coaching.Tests;

/// <summary>
/// The repository stands on its own: no code, doc or configuration file points readers at documents outside it
/// (such as notes kept in another repository). The HTTP contract is docs/API.md.
/// </summary>
public sealed partial class SelfContainedRepositoryTests
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".md", ".razor", ".js", ".mjs", ".css", ".json", ".yaml", ".yml", ".props", ".targets", ".csproj", ".sln", ".txt",
    };

    /// <summary>Build output, packages and other folders git ignores here.</summary>
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", ".git", ".vs", ".idea", ".data", "TestResults", "BenchmarkDotNet.Artifacts",
    };

    [Fact]
    public void No_file_points_at_documents_outside_the_repository()
    {
        var root = RepositoryRoot();
        var files = TextFiles(root).ToList();
        Assert.Contains(files, file => file.EndsWith(Path.Combine("docs", "API.md"), StringComparison.Ordinal));

        var offending = new List<string>();
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (OutsideReference().IsMatch(line))
                {
                    offending.Add($"{Path.GetRelativePath(root, file)}:{lineNumber}: {line.Trim()}");
                }
            }
        }

        if (offending.Count > 0)
        {
            Assert.Fail("Lines pointing outside the repository:\n" + string.Join("\n", offending));
        }
    }

    private static IEnumerable<string> TextFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (TextExtensions.Contains(Path.GetExtension(file)))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (SkippedFolders.Contains(Path.GetFileName(child)))
            {
                continue;
            }

            foreach (var file in TextFiles(child))
            {
                yield return file;
            }
        }
    }

    /// <summary>The folder holding RunStrong.sln above this program's own folder.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RunStrong.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No RunStrong.sln above " + AppContext.BaseDirectory);
    }

    // A notes document in another repository's "shared" folder, or a relative path climbing into one ([/] keeps this
    // file from matching itself).
    [GeneratedRegex(@"\bshared[/][A-Za-z]+\.md|\.\.[/]shared[/]")]
    private static partial Regex OutsideReference();
}
