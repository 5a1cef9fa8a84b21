namespace RunStrong.Cli.Imports;

/// <summary>A member file to upload: where it is and the content type the platform expects for it.</summary>
internal sealed record MemberFile(string Path, string ContentType)
{
    /// <summary>Checks the file is there and picks its type from --format, else from its extension.</summary>
    public static MemberFile Of(string path, string? format)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"No file at '{System.IO.Path.GetFullPath(path)}'.");
        }

        var kind = (format ?? System.IO.Path.GetExtension(path).TrimStart('.')).ToUpperInvariant();
        return kind switch
        {
            "CSV" => new MemberFile(path, "text/csv"),
            "NDJSON" or "JSONL" => new MemberFile(path, "application/x-ndjson"),
            _ => throw new UsageException($"Cannot tell the format of '{path}': name it .csv, .ndjson or .jsonl, or pass --format csv|ndjson."),
        };
    }

    /// <summary>Opened for streaming: the upload reads it as it goes, so a large file is never held in memory.</summary>
    public Stream Open() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, useAsync: true);
}
