namespace RunStrong.Activities.Logging;

/// <summary>
/// An activity as RunStrong keeps it: the derived summary, the log entry it became, and where its original file is
/// (content hash and size, in the upload's format).
/// </summary>
/// <param name="ContentSha256">Hex SHA-256 of the (unpacked) original file: its name in storage.</param>
/// <param name="Replaced">The typed run this file replaced (it started within two minutes of the file), if any.</param>
/// <param name="Warnings">Damage the reader worked around (a checksum mismatch, a cut-off end).</param>
public sealed record StoredActivity(
    string Id,
    string ContentSha256,
    long FileBytes,
    DateTimeOffset UploadedAt,
    ActivitySummary Summary,
    ActivityLogEntry Entry,
    string? Replaced = null,
    IReadOnlyList<string>? Warnings = null);
