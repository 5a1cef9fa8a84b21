using System.Text.RegularExpressions;

namespace RunStrong.Contracts.Identity;

/// <summary>Tenant ids: lowercase letters, digits and '-', 3-40 characters (docs/API.md, "Input rules").</summary>
public static partial class TenantId
{
    public const string Rule = "must be 3-40 characters of lowercase letters, digits and '-'.";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>
    /// The tenant a tenant-scoped grain key belongs to: every such key starts with <c>"{tenantId}/"</c>
    /// (athletes, imports, challenges, shards). Null for a key without one.
    /// </summary>
    public static string? OfGrainKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? key[..slash] : null;
    }

    [GeneratedRegex("^[a-z0-9-]{3,40}\\z")]
    private static partial Regex Pattern();
}
