using System.Globalization;
using System.Text.RegularExpressions;

namespace RunStrong.Activities.Logging;

/// <summary>
/// An activity's id: its start (UTC, to the second) and the first 96 bits of its file's SHA-256, e.g.
/// <c>20250301T071502Z-3f2a9c0d1e4b5a69c0ffee12</c>. The same file, however it is sent (gzipped or not), always gets
/// the same id, which makes uploading idempotent; the start makes ids sort and page by date. It is also the id
/// of the log entry the activity becomes (an <c>EntryId</c>).
/// </summary>
public static partial class ActivityIds
{
    public const string Rule = "must be an activity id as returned by the upload (yyyyMMddTHHmmssZ-24 hex digits).";

    private const string StartFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string Of(DateTimeOffset startedAt, ReadOnlySpan<byte> sha256) =>
        $"{startedAt.UtcDateTime.ToString(StartFormat, CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(sha256[..12])}";

    /// <summary>The start an id carries (to the second), or false when <paramref name="id"/> is no activity id.</summary>
    public static bool TryParse(string? id, out DateTimeOffset startedAt)
    {
        startedAt = default;
        if (id is null || !Pattern().IsMatch(id))
        {
            return false;
        }

        if (!DateTime.TryParseExact(id[..16], StartFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
        {
            return false;
        }

        startedAt = new DateTimeOffset(start, TimeSpan.Zero);
        return true;
    }

    /// <summary>Whether a log entry id is an activity's (a run logged from a file rather than typed).</summary>
    public static bool IsActivity(string entryId) => TryParse(entryId, out _);

    [GeneratedRegex("^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{24}\\z")]
    private static partial Regex Pattern();
}
