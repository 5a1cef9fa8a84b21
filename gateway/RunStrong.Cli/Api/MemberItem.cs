namespace RunStrong.Cli.Api;

/// <summary>One member of a directory page.</summary>
internal sealed record MemberItem(
    string AthleteId,
    string? ExternalId,
    string? FirstName,
    string? LastName,
    string? Email,
    string? MuscleRetentionRisk,
    IReadOnlyList<string> RiskFactors,
    DateOnly? LastActivityOn,
    DateTimeOffset UpdatedAt);
