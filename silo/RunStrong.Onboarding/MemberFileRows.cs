using System.Runtime.InteropServices;

namespace RunStrong.Onboarding;

/// <summary>
/// The rows of one member file as they are read: numbers them, validates each, and remembers every external id
/// seen so a repeated member is reported where it repeats. Memory grows with distinct ids only.
/// </summary>
internal sealed class MemberFileRows(DateOnly today)
{
    private readonly Dictionary<string, long> firstLineOfId = new(StringComparer.Ordinal);
    private long index;

    public long Count => index;

    public MemberRow Validated(MemberInput input, long line)
    {
        var validated = input.Validate(today);
        var duplicateOf = NoteId(input, validated, line);
        if (validated.IsValid && duplicateOf is null)
        {
            return new MemberRow(index++, line, validated.Value, []);
        }

        var errors = new List<RowError>(validated.Errors.Count + 1);
        foreach (var error in validated.Errors.OrderBy(error => MemberFields.Order(error.Field)))
        {
            errors.Add(new RowError(line, error.Field, error.Message));
        }

        if (duplicateOf is { } firstLine)
        {
            var field = MemberField.ExternalId.Name();
            errors.Insert(0, new RowError(line, field, $"{field} duplicates line {firstLine}."));
        }

        return new MemberRow(index++, line, null, errors);
    }

    /// <summary>A row that could not be read at all (an NDJSON line that is not a JSON object).</summary>
    public MemberRow Unreadable(long line, string field, string message) => new(index++, line, null, [new RowError(line, field, message)]);

    /// <summary>
    /// Registers the row's id, valid row or not: a gym that fixes the first of two rows with one id would
    /// otherwise import two members with it. Returns the line that first used the id when this row repeats it.
    /// </summary>
    private long? NoteId(MemberInput input, Validated<MemberRecord> validated, long line)
    {
        if (input.Text(MemberField.ExternalId) is not { } id || HasError(validated, MemberField.ExternalId.Name()))
        {
            return null;
        }

        ref var firstLine = ref CollectionsMarshal.GetValueRefOrAddDefault(firstLineOfId, id, out var seen);
        if (seen)
        {
            return firstLine;
        }

        firstLine = line;
        return null;
    }

    private static bool HasError(Validated<MemberRecord> validated, string field)
    {
        foreach (var error in validated.Errors)
        {
            if (error.Field == field)
            {
                return true;
            }
        }

        return false;
    }
}
