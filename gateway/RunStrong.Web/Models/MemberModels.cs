namespace RunStrong.Web.Models;

/// <summary>One row of the members directory (<c>GET …/athletes</c>).</summary>
public sealed record MemberRow(
    string AthleteId,
    string? ExternalId,
    string? FirstName,
    string? LastName,
    string? Email,
    string? MuscleRetentionRisk,
    string[]? RiskFactors,
    DateOnly? LastActivityOn)
{
    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } name
        ? name
        : AthleteId;
}

public sealed record MemberPage(IReadOnlyList<MemberRow> Items, string? Next, int Total);

/// <summary>A freshly issued athlete key: shown once, never again.</summary>
public sealed record IssuedAthleteKey(string KeyId, string ApiKey, string SignInUrl);
