using System.Text.RegularExpressions;

namespace RunStrong.Contracts.Identity;

/// <summary>Tenant ids: lowercase letters, digits and '-', 3-40 characters (shared/DESIGN.md).</summary>
public static partial class TenantId
{
    public const string Rule = "must be 3-40 characters of lowercase letters, digits and '-'.";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9-]{3,40}\\z")]
    private static partial Regex Pattern();
}
