namespace RunStrong.Cli.Api;

/// <summary>The body of `POST /api/admin/tenants`; limits left out take the platform defaults.</summary>
internal sealed record NewTenant(string Id, string Name, string Kind, TenantLimits? Limits);
