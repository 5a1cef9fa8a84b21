namespace RunStrong.Contracts.Security;

/// <summary>
/// Who the gateway authenticated: a tenant's staff (tenant API key), one athlete of a tenant (athlete-scoped key)
/// or the platform admin (admin key).
/// </summary>
public enum CallerRole
{
    Tenant,
    Admin,
    Athlete,
}
