namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>The fields of a directory item the scenario reads.</summary>
public sealed record DirectoryItemView(string AthleteId, string? ExternalId, string? FirstName, string? LastName, string? MuscleRetentionRisk);
