namespace RunStrong.Activities.Upload;

/// <summary>
/// What an upload's <c>Content-Type</c> and <c>Content-Encoding</c> say: whether it is gzipped, and whether the
/// type is one an activity file may come as. The format itself is then sniffed from the content
/// (<see cref="ActivitySniffer"/>); a declared type only rules out what is clearly something else.
/// </summary>
public sealed record ActivityMediaType(bool Gzipped)
{
    public const string Fit = "application/vnd.ant.fit";
    public const string Tcx = "application/vnd.garmin.tcx+xml";
    public const string Gpx = "application/gpx+xml";
    public const string Gzip = "application/gzip";

    /// <summary>The types an activity file is sent as: the three vendor types, gzip, and the generic ones clients fall back on.</summary>
    public static readonly IReadOnlyList<string> Accepted =
        [Fit, Tcx, Gpx, Gzip, "application/x-gzip", "application/octet-stream", "application/xml", "text/xml"];

    public const string Rule =
        "Send a FIT, TCX or GPX file as application/vnd.ant.fit, application/vnd.garmin.tcx+xml, application/gpx+xml or " +
        "application/octet-stream, optionally gzipped (Content-Encoding: gzip or application/gzip).";

    /// <summary>
    /// Reads the two headers; null when they rule the body out (another media type, an encoding other than gzip).
    /// A missing type is sniffed like <c>application/octet-stream</c>.
    /// </summary>
    public static ActivityMediaType? Of(string? contentType, string? contentEncoding)
    {
        var encoding = contentEncoding?.Trim();
        var encodedGzip = false;
        if (!string.IsNullOrEmpty(encoding) && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            if (!encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            encodedGzip = true;
        }

        var type = contentType?.Split(';', 2)[0].Trim();
        if (string.IsNullOrEmpty(type))
        {
            return new ActivityMediaType(encodedGzip);
        }

        if (!Accepted.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var typeGzip = type.Equals(Gzip, StringComparison.OrdinalIgnoreCase) || type.Equals("application/x-gzip", StringComparison.OrdinalIgnoreCase);
        return new ActivityMediaType(encodedGzip || typeGzip);
    }

    /// <summary>The type an original file is served back as.</summary>
    public static string Of(ActivityFormat format) => format switch
    {
        ActivityFormat.Fit => Fit,
        ActivityFormat.Tcx => Tcx,
        _ => Gpx,
    };

    /// <summary>The file extension of a format, for a downloaded file's name.</summary>
    public static string ExtensionOf(ActivityFormat format) => format switch
    {
        ActivityFormat.Fit => "fit",
        ActivityFormat.Tcx => "tcx",
        _ => "gpx",
    };
}
