namespace RunStrong.Contracts.Security;

/// <summary>Who the gateway authenticated: a tenant (API key) or the platform admin (admin key).</summary>
public enum CallerRole
{
    Tenant,
    Admin,
}
