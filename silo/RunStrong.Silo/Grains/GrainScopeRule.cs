using System.Collections.Frozen;
using System.Reflection;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Security;

namespace RunStrong.Silo.Grains;

/// <summary>
/// Who may call one grain interface, read once from its <see cref="GrainScopeAttribute"/> and its methods'
/// <see cref="AnyCallerAttribute"/>s (see <see cref="GrainScopeFilter"/>, which caches one per interface).
/// </summary>
internal sealed class GrainScopeRule
{
    private readonly Type grainInterface;
    private readonly bool framework;
    private readonly GrainScopeAttribute? declared;
    private readonly FrozenSet<int> anyCallerMethods;
    private readonly FrozenSet<int> tenantCallerMethods;

    private GrainScopeRule(Type grainInterface)
    {
        this.grainInterface = grainInterface;
        framework = !IsRunStrong(grainInterface.Assembly);
        declared = grainInterface.GetCustomAttribute<GrainScopeAttribute>(inherit: false);

        // Metadata tokens rather than MethodInfo instances: the invoker's MethodInfo need not be the same
        // object reflection hands out here, and a token is unique within the interface's module.
        anyCallerMethods = grainInterface.GetMethods()
            .Where(m => m.IsDefined(typeof(AnyCallerAttribute), inherit: false))
            .Select(m => m.MetadataToken)
            .ToFrozenSet();
        tenantCallerMethods = grainInterface.GetMethods()
            .Where(m => m.IsDefined(typeof(TenantCallerAttribute), inherit: false))
            .Select(m => m.MetadataToken)
            .ToFrozenSet();
    }

    public static GrainScopeRule For(Type grainInterface) => new(grainInterface);

    /// <summary>
    /// True for interfaces from outside RunStrong: Orleans' own grains, system targets and extensions
    /// (reminders, management, migration) and the dashboard's grains. They guard themselves or carry no
    /// tenant data; refusing them would stop the cluster, not protect a tenant.
    /// </summary>
    public bool IsFramework => framework;

    /// <summary>Why the call must be refused, or null when it may go ahead.</summary>
    public string? Refusal(MethodInfo method, GrainId target, GrainId? source)
    {
        if (framework || (declared is not null && anyCallerMethods.Contains(method.MetadataToken)))
        {
            return null;
        }

        if (declared is not null && tenantCallerMethods.Contains(method.MetadataToken))
        {
            // The grain checks that this tenant owns the record (TenantCallerAttribute); here: some tenant, or the admin.
            return GrainCaller.CurrentTenant is not null || GrainCaller.IsAdmin ? null : "only a tenant caller or the platform admin may call it";
        }

        return declared?.Scope switch
        {
            null => $"{grainInterface.FullName} declares no [GrainScope]; every RunStrong grain interface must say who may call it",
            GrainScope.Tenant => CallerOwns(target) || (declared.AllowPlatformAdmin && GrainCaller.IsAdmin)
                ? null
                : $"the caller's tenant does not own grain '{target.Key}'",
            GrainScope.Platform => GrainCaller.IsAdmin ? null : "only the platform admin may call it",
            GrainScope.System => CallOrigin.IsInsideSilo(source) ? null : "only calls from inside a silo may reach it, not an external client",
            _ => $"its scope '{declared.Scope}' is unknown to this silo",
        };
    }

    /// <summary>
    /// A tenant grain's key is the tenant id (registries, the tenant itself) or starts with <c>"{tenantId}/"</c>
    /// (athletes, imports, challenges, shards): either way the caller must be exactly that tenant.
    /// </summary>
    private static bool CallerOwns(GrainId target)
    {
        var key = target.Key.ToString() ?? "";
        var owner = TenantId.OfGrainKey(key) ?? key;
        return GrainCaller.CurrentTenant is { } caller && string.Equals(caller, owner, StringComparison.Ordinal);
    }

    private static bool IsRunStrong(Assembly assembly) =>
        assembly.GetName().Name is { } name && (name == "RunStrong" || name.StartsWith("RunStrong.", StringComparison.Ordinal));
}
