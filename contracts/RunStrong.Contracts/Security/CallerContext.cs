using RunStrong.Contracts.Tenants;

namespace RunStrong.Contracts.Security;

/// <summary>The authenticated caller of one request, as signed by the gateway.</summary>
/// <param name="AthleteId">For <see cref="CallerRole.Athlete"/> only: the one athlete the caller's key reaches.</param>
public sealed record CallerContext(CallerRole Role, string? TenantId, TenantKind? TenantKind, string? AthleteId = null)
{
    public static CallerContext Admin { get; } = new(CallerRole.Admin, null, null);

    /// <summary>The caller a key's owner makes: the athlete when the key is athlete-scoped, else the tenant's staff.</summary>
    public static CallerContext ForTenant(ApiKeyOwner owner) =>
        owner.AthleteId is { } athlete
            ? new(CallerRole.Athlete, owner.TenantId, owner.Kind, athlete)
            : new(CallerRole.Tenant, owner.TenantId, owner.Kind);
}
