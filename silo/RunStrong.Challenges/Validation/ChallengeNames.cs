using System.Text.RegularExpressions;

namespace RunStrong.Challenges.Validation;

/// <summary>Ids and display names of challenges and teams.</summary>
public static partial class ChallengeNames
{
    public const string IdRule = "must be 1-64 characters of letters, digits, '_' and '-'.";

    public const int MaxNameLength = 100;

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static bool IsValidName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= MaxNameLength && !name.Any(char.IsControl);

    public static string NameRule(string field) => $"{field} must be 1-{MaxNameLength} characters, not blank, without control characters.";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}\\z")]
    private static partial Regex IdPattern();
}
