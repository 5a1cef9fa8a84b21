namespace RunStrong.Cli.Api;

/// <summary>A page of the members directory, as <c>GET /api/t/{tenantId}/athletes</c> answers it (docs/API.md).</summary>
internal sealed record MemberPage(IReadOnlyList<MemberItem> Items, string? Next, int Total);
