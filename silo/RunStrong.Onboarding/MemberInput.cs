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
    /// Checks every field: the external id and one name are required, everything else is checked only when given.
    /// Sex, birth year, height, weight and goal go through <see cref="ProfileInput"/>, the one validator of those
    /// values, so an imported member is exactly as plausible as a profile an athlete enters; names, email and phone
    /// likewise through <see cref="MemberIdentityRules"/>, which staff's edits pass too.
    /// </summary>
    public Validated<MemberRecord> Validate(DateOnly today)
    {
        var checks = new FieldChecks();
        foreach (var error in readErrors ?? [])
        {
            checks.Add(error.Field, error.Message);
        }

        var externalId = CheckExternalId(checks);
        var names = HasReadError(MemberField.FirstName.Name()) || HasReadError(MemberField.LastName.Name())
            ? null
            : MemberIdentityRules.Names(checks, Text(MemberField.FirstName), Text(MemberField.LastName));
        var email = HasReadError(MemberField.Email.Name()) ? null : MemberIdentityRules.Email(checks, Text(MemberField.Email));
        var phone = HasReadError(MemberField.Phone.Name()) ? null : MemberIdentityRules.Phone(checks, Text(MemberField.Phone));
        var birthDate = CheckBirthDate(checks, today);

        var profile = new ProfileInput(
            SexOf(Text(MemberField.Sex)),
            (int?)numbers[(int)MemberField.BirthYear] ?? birthDate?.Year,
            numbers[(int)MemberField.HeightCm],
            numbers[(int)MemberField.WeightKg],
            BodyFatPercent: null,
            BodyFatMethod: null,
            RunningExperienceMonths: null,
            Text(MemberField.Goal)?.ToLowerInvariant(),
            Phase: null,
            InjuredRecently: null).ValidateBasics(today);
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
        var (firstName, lastName) = names!.Value;
        return Validated<MemberRecord>.Ok(new MemberRecord(
            externalId!, firstName, lastName, email, basics.Sex, basics.BirthYear, basics.HeightCm, basics.WeightKg, basics.Goal, phone, birthDate));
    }

    /// <summary>
    /// The API's sex names, any case, plus the F and M of gym exports. Anything else passes through to be refused
    /// by <see cref="ProfileInput"/>, naming the accepted values.
    /// </summary>
    private static string? SexOf(string? text)
    {
        var sex = text?.ToLowerInvariant();
        return sex switch
        {
            "f" => "female",
            "m" => "male",
            _ => sex,
        };
    }

    /// <summary>
    /// An ISO date (yyyy-MM-dd) giving an age of 10-100 (the birth year's rule), not after today. Other forms are
    /// refused rather than guessed: 03/04/1990 is March in one gym's system and April in another's.
    /// A birth year given as well must agree with it.
    /// </summary>
    private DateOnly? CheckBirthDate(FieldChecks checks, DateOnly today)
    {
        var field = MemberField.BirthDate.Name();
        if (Text(MemberField.BirthDate) is not { } text || HasReadError(field))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            checks.Add(field, $"{field} must be a date as yyyy-MM-dd (e.g. 1990-04-03).");
            return null;
        }

        var years = new FieldChecks();
        if (date > today || ProfileInput.CheckBirthYear(years, date.Year, today, required: false) is null)
        {
            checks.Add(field, $"{field} must give an age of 10-100 and not be after today.");
            return null;
        }

        var yearField = MemberField.BirthYear.Name();
        if (numbers[(int)MemberField.BirthYear] is { } year && year != date.Year && !HasReadError(yearField))
        {
            checks.Add(yearField, $"{yearField} {year:0} does not match {field} {text}.");
        }

        return date;
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
