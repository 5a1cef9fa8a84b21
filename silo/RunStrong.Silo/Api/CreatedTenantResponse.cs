using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Api;

/// <summary>Body of a created tenant: the only response that ever shows its first key.</summary>
public sealed record CreatedTenantResponse(string Id, string Name, TenantKind Kind, string ApiKey, string KeyId, TenantLimits Limits);
