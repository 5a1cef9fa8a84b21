namespace RunStrong.Onboarding;

/// <summary>
/// Reads a gym's membership upload (GitHub issue 5) row by row. Files run to hundreds of thousands of members,
/// so rows stream from the given stream as they are parsed; nothing holds the whole file.
/// </summary>
public static class MemberFile
{
    /// <summary>The format named by an upload's Content-Type: <c>text/csv</c> or <c>application/x-ndjson</c>, parameters such as charset aside.</summary>
    public static MemberFileFormat? FormatOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var separator = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (separator < 0 ? contentType : contentType[..separator]).AsSpan().Trim();
        if (mediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return MemberFileFormat.Csv;
        }

        return mediaType.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase) ? MemberFileFormat.Ndjson : null;
    }

    /// <summary>
    /// Every data row of the file with its validation outcome, in file order. Birth years are checked against
    /// <paramref name="today"/>. Throws <see cref="MemberFileException"/> when the file as a whole cannot be read;
    /// a bad row is a <see cref="MemberRow"/> with errors, and reading goes on. The stream is left open.
    /// </summary>
    public static IAsyncEnumerable<MemberRow> ReadAsync(
        Stream stream, MemberFileFormat format, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = new MemberFileRows(today);
        return format switch
        {
            MemberFileFormat.Csv => CsvMemberReader.ReadAsync(stream, rows, cancellationToken),
            MemberFileFormat.Ndjson => NdjsonMemberReader.ReadAsync(stream, rows, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown member file format."),
        };
    }
}
