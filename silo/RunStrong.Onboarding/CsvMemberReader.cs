using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;

namespace RunStrong.Onboarding;

/// <summary>
/// Reads a CSV member file with Sep: a header row naming the columns in any order (unknown columns ignored,
/// titles matched as <see cref="MemberFields.FromTitle"/> says, since gym systems and spreadsheets retitle them),
/// RFC 4180 quoting, CRLF or LF.
/// </summary>
internal static class CsvMemberReader
{
    private const int BufferBytes = 64 * 1024;

    public static async IAsyncEnumerable<MemberRow> ReadAsync(
        Stream stream, MemberFileRows rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new RowLengthGuard(new StreamReader(stream, StrictUtf8.Encoding, detectEncodingFromByteOrderMarks: false, BufferBytes, leaveOpen: true));
        using var reader = await OpenAsync(text, cancellationToken);
        if (!await MoveNextAsync(reader, text, cancellationToken))
        {
            throw Empty();
        }

        var columns = ColumnsOf(reader.Current);
        var input = new MemberInput();
        while (await MoveNextAsync(reader, text, cancellationToken))
        {
            if (Read(reader.Current, columns, input))
            {
                yield return rows.Validated(input, reader.Current.LineNumberFrom);
            }
        }
    }

    private static async ValueTask<SepReader> OpenAsync(RowLengthGuard text, CancellationToken cancellationToken)
    {
        // The header is read as a plain row: Sep rejects repeated column names, even of columns nobody reads.
        var options = Sep.New(',').Reader(defaults => defaults with { HasHeader = false, Unescape = true, DisableColCountCheck = true });
        try
        {
            return await options.FromAsync(text, cancellationToken);
        }
        catch (Exception e) when (IsParserFailure(e, text))
        {
            throw Unreadable(e, text);
        }
    }

    private static async ValueTask<bool> MoveNextAsync(SepReader reader, RowLengthGuard text, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.MoveNextAsync(cancellationToken);
        }
        catch (Exception e) when (IsParserFailure(e, text))
        {
            throw Unreadable(e, text);
        }
    }

    /// <summary>
    /// Whatever the parser throws about the text is a problem of the file, reported as such, so the job fails
    /// with a reason instead of retrying an unreadable file. Cancellation and a failing source stream (storage)
    /// pass through unchanged: they say nothing about the file.
    /// </summary>
    private static bool IsParserFailure(Exception e, RowLengthGuard text) =>
        e is not (MemberFileException or OperationCanceledException) && !text.SourceFailed;

    private static MemberFileException Unreadable(Exception e, RowLengthGuard text) =>
        e is DecoderFallbackException
            ? StrictUtf8.NotUtf8(e)
            : new(MemberFileException.FileField, $"The file cannot be read as CSV near line {text.Line}: {e.Message}", e);

    /// <summary>The column index of each field, -1 when absent; throws when the header lacks required columns.</summary>
    private static int[] ColumnsOf(SepReader.Row header)
    {
        if (IsBlank(header))
        {
            throw Empty();
        }

        var columns = new int[MemberFields.All.Length];
        Array.Fill(columns, -1);
        for (var i = 0; i < header.ColCount; i++)
        {
            if (MemberFields.FromTitle(header[i].Span) is not { } field)
            {
                continue;
            }

            if (columns[(int)field] >= 0)
            {
                throw new MemberFileException(
                    field.Name(),
                    $"The header names column {field.Name()} more than once (\"{header[columns[(int)field]].ToString().Trim()}\" and \"{header[i].ToString().Trim()}\").");
            }

            columns[(int)field] = i;
        }

        var missing = MemberFields.All.Where(field => field.IsRequiredColumn() && columns[(int)field] < 0).Select(field => field.Name()).ToList();
        if (!MemberFields.All.Any(field => field.IsNameColumn() && columns[(int)field] >= 0))
        {
            missing.Add($"{MemberField.FirstName.Name()} or {MemberField.LastName.Name()}");
        }

        if (missing.Count > 0)
        {
            throw new MemberFileException(
                missing[0].Split(' ')[0],
                $"The header lacks required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}. " +
                $"Expected columns: {string.Join(",", MemberFields.All.Select(field => field.Name()))} " +
                "(only externalId and a name are required; titles such as Member ID, First Name, Email Address, Gender and Date of Birth are recognised).");
        }

        return columns;
    }

    private static MemberFileException Empty() => new("The file is empty: it needs a header row naming the columns.");

    /// <summary>Fills <paramref name="input"/> with the row's values; false for a row with nothing in it (a blank line, or commas only as spreadsheets export).</summary>
    private static bool Read(SepReader.Row row, int[] columns, MemberInput input)
    {
        if (IsBlank(row))
        {
            return false;
        }

        input.Clear();
        foreach (var field in MemberFields.All)
        {
            var column = columns[(int)field];

            // A short row (fewer cells than the header) leaves its last fields empty, so they are reported as missing.
            var value = column >= 0 && column < row.ColCount ? row[column].Span : [];
            if (field.IsNumber())
            {
                input.SetNumber(field, value);
            }
            else
            {
                input.SetText(field, value);
            }
        }

        return true;
    }

    private static bool IsBlank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
