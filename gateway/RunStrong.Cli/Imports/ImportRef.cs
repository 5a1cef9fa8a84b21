namespace RunStrong.Cli.Imports;

/// <summary>Which import to follow: its tenant and id (for the resume hint) and its status URL.</summary>
internal sealed record ImportRef(string TenantId, string ImportId, string Location);
