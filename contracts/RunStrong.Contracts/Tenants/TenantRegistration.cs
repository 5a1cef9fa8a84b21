namespace RunStrong.Contracts.Tenants;

/// <summary>A validated request to create a tenant.</summary>
public sealed record TenantRegistration(string Id, string Name, TenantKind Kind, TenantLimits Limits);
