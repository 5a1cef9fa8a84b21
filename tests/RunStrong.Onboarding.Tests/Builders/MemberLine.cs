using System.Globalization;
using System.Text;

namespace RunStrong.Onboarding.Tests.Builders;

/// <summary>One member as a gym would write it: every value as text, valid unless a test changes one.</summary>
internal sealed record MemberLine(
    string ExternalId = "m-1",
    string FirstName = "Ada",
    string LastName = "Lovelace",
    string Email = "ada@example.com",
    string Sex = "female",
    string BirthYear = "1990",
    string HeightCm = "168",
    string WeightKg = "60",
    string Goal = "maintain")
{
    public const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private string[] Values => [ExternalId, FirstName, LastName, Email, Sex, BirthYear, HeightCm, WeightKg, Goal];

    /// <summary>The member as a CSV line, quoting values that need it.</summary>
    public string ToCsv() => string.Join(',', Values.Select(Quote));

    /// <summary>The member as an NDJSON line: numeric fields as JSON numbers when they parse, empty values left out.</summary>
    public string ToJson()
    {
        string[] names = ["externalId", "firstName", "lastName", "email", "sex", "birthYear", "heightCm", "weightKg", "goal"];
        var json = new StringBuilder("{");
        for (var i = 0; i < names.Length; i++)
        {
            if (Values[i].Length == 0)
            {
                continue;
            }

            var isNumber = i is 5 or 6 or 7 && double.TryParse(Values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            json.Append(json.Length > 1 ? "," : "")
                .Append('"').Append(names[i]).Append("\":")
                .Append(isNumber ? Values[i] : System.Text.Json.JsonSerializer.Serialize(Values[i]));
        }

        return json.Append('}').ToString();
    }

    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
