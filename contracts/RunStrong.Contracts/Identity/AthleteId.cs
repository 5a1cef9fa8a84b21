using System.Text.RegularExpressions;

namespace RunStrong.Contracts.Identity;

/// <summary>Athlete ids within a tenant: <c>[A-Za-z0-9_-]{1,64}</c> (docs/API.md, "Input rules").</summary>
public static partial class AthleteId
{
    public const string Rule = "must be 1-64 characters of letters, digits, '_' and '-'.";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>
    /// The athlete grain key. The tenant comes first and '/' cannot occur in either id, so two tenants'
    /// athletes can never share a grain.
    /// </summary>
    public static string GrainKey(string tenantId, string athleteId) => $"{tenantId}/{athleteId}";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}\\z")]
    private static partial Regex Pattern();
}
