using Orleans.Runtime;

namespace RunStrong.Contracts.Security;

/// <summary>
/// The authenticated caller, carried with every grain call in Orleans' RequestContext (it flows from grain
/// to grain), so the silo's grain-call filter can refuse a call that reaches another tenant's grain.
/// </summary>
public static class GrainCaller
{
    private const string TenantKey = "rs-tenant";
    private const string AdminKey = "rs-admin";

    /// <summary>Makes the following grain calls, in this async flow, act for <paramref name="caller"/>.</summary>
    public static void Enter(CallerContext caller)
    {
        if (caller.Role == CallerRole.Admin)
        {
            RequestContext.Set(AdminKey, true);
            RequestContext.Remove(TenantKey);
        }
        else
        {
            // An athlete acts inside their tenant like its staff: grains are scoped per tenant, and the HTTP
            // layer (route rules) has already confined the athlete to their own paths.
            RequestContext.Set(TenantKey, caller.TenantId!);
            RequestContext.Remove(AdminKey);
        }
    }

    public static void EnterTenant(string tenantId) => Enter(new CallerContext(CallerRole.Tenant, tenantId, null));

    public static void EnterAdmin() => Enter(CallerContext.Admin);

    public static string? CurrentTenant => RequestContext.Get(TenantKey) as string;

    public static bool IsAdmin => RequestContext.Get(AdminKey) is true;
}
