namespace RunStrong.Cli.Activities;

/// <summary>
/// An activity file to upload: where it is, the content type its extension names, and whether it is gzipped
/// (<c>.fit.gz</c>, as in a Strava bulk export), in which case it is sent packed with <c>Content-Encoding: gzip</c>:
/// the platform unpacks it, and the same activity packed or not is the same activity.
/// </summary>
internal sealed record ActivityFile(string Path, string ContentType, bool Gzipped)
{
    public const string Extensions = ".fit, .tcx, .gpx (or .fit.gz, .tcx.gz, .gpx.gz)";

    /// <summary>The file, or null when its name is not an activity file's (watches name them .FIT as well as .fit).</summary>
    public static ActivityFile? Of(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var gzipped = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gzipped ? name[..^3] : name;
        var contentType = System.IO.Path.GetExtension(inner).ToUpperInvariant() switch
        {
            ".FIT" => "application/vnd.ant.fit",
            ".TCX" => "application/vnd.garmin.tcx+xml",
            ".GPX" => "application/gpx+xml",
            _ => null,
        };
        return contentType is null ? null : new ActivityFile(path, contentType, gzipped);
    }

    /// <summary>Opened for streaming, so a large file is never held in memory.</summary>
    public Stream Open() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, useAsync: true);
}
