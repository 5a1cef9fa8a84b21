namespace RunStrong.Coaching.Validation;

/// <summary>
/// Collects field errors while an input is checked, so that one response names every bad field at once
/// (a client fixing a form wants all of them, not one per round trip).
/// </summary>
public sealed class FieldChecks
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    public void Add(string field, string message) => errors.Add(new FieldError(field, message));

    public T? Required<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
        }

        return value;
    }

    public double? InRange(double? value, string field, double min, double max, string unit, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }

            return null;
        }

        if (!double.IsFinite(value.Value) || value.Value < min || value.Value > max)
        {
            Add(field, $"{field} must be between {min} and {max} {unit}.");
            return null;
        }

        return value;
    }

    public int? InRange(int? value, string field, int min, int max, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }

            return null;
        }

        if (value.Value < min || value.Value > max)
        {
            Add(field, $"{field} must be between {min} and {max}.");
            return null;
        }

        return value;
    }

    /// <summary>Parses a camelCase wire name ("interval", "bia") into its enum value.</summary>
    public TEnum? OneOf<TEnum>(string? value, string field, bool required = false)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }

            return null;
        }

        if (WireNames.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        Add(field, $"{field} must be one of: {string.Join(", ", WireNames.All<TEnum>())}.");
        return null;
    }

    public string? Matches(string? value, string field, Func<string, bool> isValid, string rule)
    {
        if (value is not null && !isValid(value))
        {
            Add(field, $"{field} {rule}");
            return null;
        }

        return value;
    }
}
