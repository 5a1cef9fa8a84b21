using System.Globalization;

namespace RunStrong.Onboarding;

/// <summary>
/// One row of a member file as the gym wrote it, filled field by field by the CSV or NDJSON reader. Values that
/// could not even be read as their type (text in heightCm, a JSON string for birthYear) are kept as errors, so
/// that the row reports them instead of a misleading "is required".
/// </summary>
internal sealed class MemberInput
{
    private const int MaxExternalIdLength = 100;

    private readonly string?[] texts = new string?[MemberFields.All.Length];
    private readonly double?[] numbers = new double?[MemberFields.All.Length];
    private List<FieldError>? readErrors;

    public string? Text(MemberField field) => texts[(int)field];

    /// <summary>Empties every field, so one input serves a whole file rather than being allocated per row.</summary>
    public void Clear()
    {
        Array.Clear(texts);
        Array.Clear(numbers);
        readErrors?.Clear();
    }

    /// <summary>Stores trimmed text; blank text counts as absent, as an empty spreadsheet cell does.</summary>
    public void SetText(MemberField field, ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        texts[(int)field] = trimmed.IsEmpty ? null : trimmed.ToString();
    }

    public void SetText(MemberField field, string? value)
    {
        var trimmed = value?.Trim();
        texts[(int)field] = string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public void SetNumber(MemberField field, double value)
    {
        if (!double.IsFinite(value))
        {
            Invalid(field, "must be a number.");
            return;
        }

        if (field is MemberField.BirthYear && (value != Math.Floor(value) || value is < int.MinValue or > int.MaxValue))
        {
            Invalid(field, "must be a whole number.");
            return;
        }

        numbers[(int)field] = value;
    }

    /// <summary>Parses number text with the invariant culture ('.' for decimals); blank text counts as absent.</summary>
    public void SetNumber(MemberField field, ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        if (trimmed.IsEmpty)
        {
            return;
        }

        if (field is MemberField.BirthYear)
        {
            if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
            {
                numbers[(int)field] = year;
            }
            else
            {
                Invalid(field, "must be a whole number.");
            }

            return;
        }

        // NumberStyles.Float also accepts "NaN" and "Infinity"; SetNumber(double) turns those away.
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            SetNumber(field, number);
        }
        else
        {
            Invalid(field, "must be a number (with '.' for decimals).");
        }
    }

    /// <summary>Records that <paramref name="field"/> held a value of the wrong type; <paramref name="rule"/> follows the field name.</summary>
    public void Invalid(MemberField field, string rule)
    {
        var name = field.Name();
        (readErrors ??= []).Add(new FieldError(name, $"{name} {rule}"));
    }

    /// <summary>
    /// Checks every field. Sex, birth year, height, weight and goal go through <see cref="ProfileInput"/>, the one
    /// validator of those values, so an imported member is exactly as plausible as a profile an athlete enters;
    /// names and email likewise through <see cref="MemberIdentityRules"/>, which staff's edits pass too.
    /// </summary>
    public Validated<MemberRecord> Validate(DateOnly today)
    {
        var checks = new FieldChecks();
        foreach (var error in readErrors ?? [])
        {
            checks.Add(error.Field, error.Message);
        }

        var externalId = CheckExternalId(checks);
        var firstName = CheckName(checks, MemberField.FirstName);
        var lastName = CheckName(checks, MemberField.LastName);
        var email = CheckEmail(checks);

        var profile = new ProfileInput(
            Text(MemberField.Sex)?.ToLowerInvariant(),
            (int?)numbers[(int)MemberField.BirthYear],
            numbers[(int)MemberField.HeightCm],
            numbers[(int)MemberField.WeightKg],
            BodyFatPercent: null,
            BodyFatMethod: null,
            RunningExperienceMonths: null,
            Text(MemberField.Goal)?.ToLowerInvariant(),
            Phase: null,
            InjuredRecently: null).Validate(today);
        foreach (var error in profile.Errors)
        {
            if (!HasReadError(error.Field))
            {
                checks.Add(error.Field, error.Message);
            }
        }

        if (checks.HasErrors)
        {
            return Validated<MemberRecord>.Failed(checks.Errors);
        }

        var basics = profile.Value!;
        return Validated<MemberRecord>.Ok(new MemberRecord(
            externalId!, firstName!, lastName!, email, basics.Sex, basics.BirthYear, basics.HeightCm, basics.WeightKg, basics.Goal));
    }

    private string? CheckExternalId(FieldChecks checks)
    {
        var field = MemberField.ExternalId.Name();
        var id = Required(checks, MemberField.ExternalId);
        if (id is null)
        {
            return null;
        }

        if (id.Length > MaxExternalIdLength)
        {
            checks.Add(field, $"{field} must be 1-{MaxExternalIdLength} characters.");
            return null;
        }

        // Ids end up in URLs, logs and the error report; a tab or newline in one is a broken export.
        if (id.AsSpan().ContainsAnyInRange('\0', '\u001f') || id.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
        {
            checks.Add(field, $"{field} must not contain control characters.");
            return null;
        }

        return id;
    }

    /// <summary>A name through <see cref="MemberIdentityRules"/>, unless the reader already found it was not even text.</summary>
    private string? CheckName(FieldChecks checks, MemberField name) =>
        HasReadError(name.Name()) ? null : MemberIdentityRules.Name(checks, name.Name(), Text(name));

    private string? CheckEmail(FieldChecks checks) =>
        HasReadError(MemberField.Email.Name()) ? null : MemberIdentityRules.Email(checks, Text(MemberField.Email));

    private string? Required(FieldChecks checks, MemberField name)
    {
        var value = Text(name);
        if (value is null && !HasReadError(name.Name()))
        {
            checks.Add(name.Name(), $"{name.Name()} is required.");
        }

        return value;
    }

    private bool HasReadError(string field)
    {
        foreach (var error in readErrors ?? [])
        {
            if (error.Field == field)
            {
                return true;
            }
        }

        return false;
    }
}
