using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace RunStrong.Onboarding;

/// <summary>
/// Reads an NDJSON member file: one JSON object per line with the CSV's field names (camelCase, or the gym titles the
/// CSV header accepts, such as "dateOfBirth" or "gender"). Text fields take
/// JSON strings, numeric fields JSON numbers; null counts as absent and unknown properties are ignored.
/// A line that is not a JSON object is a row error on field <c>body</c>, and reading goes on.
/// </summary>
internal static class NdjsonMemberReader
{
    public const string BodyField = "body";

    public static async IAsyncEnumerable<MemberRow> ReadAsync(
        Stream stream, MemberFileRows rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new Utf8Lines(stream, MemberFileLimits.MaxRowBytes);
        var input = new MemberInput();
        var sawContent = false;
        while (await lines.MoveNextAsync(cancellationToken))
        {
            if (Read(lines.Current, lines.LineNumber, rows, input, ref sawContent) is { } row)
            {
                yield return row;
            }
        }

        if (!sawContent)
        {
            throw new MemberFileException("The file is empty: it needs one JSON object per line.");
        }
    }

    private static MemberRow? Read(ReadOnlySpan<byte> line, long lineNumber, MemberFileRows rows, MemberInput input, ref bool sawContent)
    {
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        if (!Utf8.IsValid(line))
        {
            throw StrictUtf8.NotUtf8();
        }

        // The byte bound of Utf8Lines is loose (up to 3 bytes a character); the cap itself counts characters, as for CSV.
        if (line.Length > MemberFileLimits.MaxRowChars && Encoding.UTF8.GetCharCount(line) > MemberFileLimits.MaxRowChars)
        {
            throw MemberFileLimits.RowTooLong(lineNumber);
        }

        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        sawContent = true;
        input.Clear();
        try
        {
            if (!ReadObject(line, input))
            {
                return rows.Unreadable(lineNumber, BodyField, $"{BodyField} must be a JSON object with the member's fields.");
            }
        }
        catch (JsonException e)
        {
            return rows.Unreadable(lineNumber, BodyField, $"{BodyField} is not valid JSON (at byte {e.BytePositionInLine + 1} of the line).");
        }

        return rows.Validated(input, lineNumber);
    }

    /// <summary>Fills <paramref name="input"/> from the line's object; false when the line holds some other JSON value.</summary>
    private static bool ReadObject(ReadOnlySpan<byte> line, MemberInput input)
    {
        var json = new Utf8JsonReader(line);
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
        {
            // Read to the end so that malformed input is reported as invalid JSON rather than as a non-object.
            while (json.Read())
            {
            }

            return false;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref json);
            json.Read();
            if (field is { } known && json.TokenType != JsonTokenType.Null)
            {
                ReadValue(ref json, known, input);
            }

            json.Skip();
        }

        // Anything after the object on the same line makes the reader throw here.
        while (json.Read())
        {
        }

        return true;
    }

    private static void ReadValue(ref Utf8JsonReader json, MemberField field, MemberInput input)
    {
        if (!field.IsNumber())
        {
            if (json.TokenType == JsonTokenType.String)
            {
                input.SetText(field, json.GetString());
            }
            else
            {
                input.Invalid(field, "must be a string.");
            }
        }
        else if (json.TokenType == JsonTokenType.Number && json.TryGetDouble(out var number))
        {
            input.SetNumber(field, number);
        }
        else
        {
            input.Invalid(field, "must be a number.");
        }
    }

    /// <summary>The field a property names, by the CSV header's rules (camelCase names and gym titles alike); null for any other.</summary>
    private static MemberField? FieldOf(ref Utf8JsonReader json)
    {
        // Unescaped text is never longer in characters than its escaped bytes; a longer name is no field's title.
        const int MaxNameBytes = 128;
        if (json.HasValueSequence || json.ValueSpan.Length > MaxNameBytes)
        {
            return null;
        }

        Span<char> name = stackalloc char[MaxNameBytes];
        var length = json.CopyString(name);
        return MemberFields.FromTitle(name[..length]);
    }
}
