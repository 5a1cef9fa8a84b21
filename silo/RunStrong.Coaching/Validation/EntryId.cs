using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RunStrong.Coaching.Validation;

/// <summary>Ids of logged entries (runs, sessions): the client's idempotency key, or one derived from content.</summary>
public static partial class EntryId
{
    public const string Rule = "must be 1-64 characters of letters, digits, '_', '-', '.' or ':'.";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>
    /// A stable id from the entry's content, so a client that sends no id and retries still counts once.
    /// Two genuinely separate entries with identical content collapse into one; clients that can log such
    /// twins send their own ids.
    /// </summary>
    public static string Derive(string kind, string content)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        return $"{kind}-{Convert.ToHexStringLower(hash.AsSpan(0, 12))}";
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}\\z")]
    private static partial Regex Pattern();
}
