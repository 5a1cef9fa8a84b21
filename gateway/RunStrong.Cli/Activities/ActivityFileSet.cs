namespace RunStrong.Cli.Activities;

/// <summary>
/// What `activities upload PATH` sends: the one file named, or the activity files of a folder (its subfolders too
/// with --recursive), in name order; the folder's other files are skipped and counted.
/// </summary>
internal sealed record ActivityFileSet(IReadOnlyList<ActivityFile> Files, IReadOnlyList<string> Skipped)
{
    public static ActivityFileSet Of(string path, bool recursive)
    {
        if (File.Exists(path))
        {
            return ActivityFile.Of(path) is { } file
                ? new ActivityFileSet([file], [])
                : throw new UsageException($"'{path}' is not an activity file: name it {ActivityFile.Extensions}.");
        }

        if (!Directory.Exists(path))
        {
            throw new UsageException($"No file or folder at '{Path.GetFullPath(path)}'.");
        }

        var files = new List<ActivityFile>();
        var skipped = new List<string>();
        var names = Directory.EnumerateFiles(path, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (ActivityFile.Of(name) is { } file)
            {
                files.Add(file);
            }
            else
            {
                skipped.Add(name);
            }
        }

        return files.Count > 0
            ? new ActivityFileSet(files, skipped)
            : throw new UsageException(
                $"No activity files ({ActivityFile.Extensions}) in '{Path.GetFullPath(path)}'{(recursive ? "" : " (--recursive also reads its subfolders)")}.");
    }
}
