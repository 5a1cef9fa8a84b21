using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RunStrong.Coaching.Validation;

/// <summary>
/// The profile's <c>timeZone</c>: an IANA id ("Europe/Oslo") known to the silo's time-zone data. Windows ids
/// and bare offsets are refused: an offset cannot follow daylight saving, and IANA ids read the same on
/// every platform. Lookup ignores case, so the id is stored in its canonical spelling.
/// </summary>
public static partial class TimeZoneIds
{
    // The longest IANA id ("America/Argentina/ComodRivadavia") has 32 characters.
    private const int MaxLength = 64;

    public const string Rule = "must be an IANA time-zone id such as \"Europe/Oslo\" or \"UTC\" (not a Windows id or an offset like \"+10:00\").";

    // Lookup by id is case-sensitive on Linux (the id is a file name) except for zones already cached, so the
    // canonical spelling comes from the list of the machine's zones, read once.
    private static readonly Lazy<FrozenDictionary<string, string>> Listed = new(() =>
        TimeZoneInfo.GetSystemTimeZones(skipSorting: true)
            .Where(z => z.HasIanaId)
            .Select(z => z.Id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(id => id, StringComparer.OrdinalIgnoreCase));

    /// <summary>The canonical id of <paramref name="value"/>, or null when it is not a known IANA id.</summary>
    public static string? Canonical(string value)
    {
        // The shape check comes first so that nothing resembling a path or an offset reaches the zone files.
        if (value.Length > MaxLength || !Shape().IsMatch(value))
        {
            return null;
        }

        var id = Listed.Value.GetValueOrDefault(value, value);
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone.Id : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}\\z")]
    private static partial Regex Shape();
}
