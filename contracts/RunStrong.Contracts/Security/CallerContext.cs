using RunStrong.Contracts.Tenants;

namespace RunStrong.Contracts.Security;

/// <summary>The authenticated caller of one request, as signed by the gateway.</summary>
public sealed record CallerContext(CallerRole Role, string? TenantId, TenantKind? TenantKind)
{
    public static CallerContext Admin { get; } = new(CallerRole.Admin, null, null);

    public static CallerContext ForTenant(ApiKeyOwner owner) => new(CallerRole.Tenant, owner.TenantId, owner.Kind);
}
