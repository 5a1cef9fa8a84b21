using System.Globalization;

namespace RunStrong.Web.Api;

/// <summary>
/// Builds a request body from form text: a number where the text is one, left out where blank, and otherwise sent
/// as typed, so the API names the field in its answer instead of the page guessing its rules.
/// </summary>
public sealed class JsonFields : Dictionary<string, object?>
{
    public JsonFields Number(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        this[name] = double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : text.Trim();
        return this;
    }

    public JsonFields Text(string name, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            this[name] = text.Trim();
        }

        return this;
    }

    public JsonFields Value(string name, object? value)
    {
        if (value is not null)
        {
            this[name] = value;
        }

        return this;
    }
}
