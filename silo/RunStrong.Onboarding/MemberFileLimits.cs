using System.Globalization;

namespace RunStrong.Onboarding;

/// <summary>
/// How large one row of a member file may be. A member row holds a dozen short fields (well under a kilobyte);
/// a row past the cap is a quote that is never closed, a binary file or a deliberate attack, and reading it
/// whole would hold megabytes per row in memory. The cap is checked while reading, before the row is buffered.
/// </summary>
public static class MemberFileLimits
{
    /// <summary>The most characters one CSV row (quoted line breaks included) or one NDJSON line may hold.</summary>
    public const int MaxRowChars = 64 * 1024;

    /// <summary>UTF-8 needs at most 3 bytes per UTF-16 character, so a line over this many bytes is surely over the cap.</summary>
    internal const int MaxRowBytes = 3 * MaxRowChars;

    internal static MemberFileException RowTooLong(long line) =>
        new(
            MemberFileException.FileField,
            $"The row starting on line {line.ToString(CultureInfo.InvariantCulture)} is longer than " +
            $"{MaxRowChars.ToString("N0", CultureInfo.InvariantCulture)} characters: a member row holds a few short fields, " +
            "so a quote is probably never closed, or the file is not a member list.");
}
