using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.MemberImports;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Grains;

/// <summary>
/// The last wall between tenants: a call reaches a tenant's grain only when the caller carried in the
/// request context is that tenant (or, for tenant administration, the platform admin). The HTTP layer
/// checks the same thing first; this catches any code path that forgets to.
/// </summary>
public sealed class TenantIsolationFilter : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        var method = context.InterfaceMethod;
        if (method?.DeclaringType is { } grainInterface && !IsAllowed(grainInterface, context.TargetId.Key.ToString() ?? "", method.Name))
        {
            throw new UnauthorizedAccessException(
                $"{grainInterface.Name}.{method.Name} refused: the caller's tenant does not own grain '{context.TargetId.Key}'.");
        }

        return context.Invoke();
    }

    internal static bool IsAllowed(Type grainInterface, string key, string? method)
    {
        if (grainInterface == typeof(IAthleteGrain) || grainInterface == typeof(IImportJobGrain)
            || grainInterface == typeof(IChallengeGrain) || grainInterface == typeof(IChallengeShardGrain))
        {
            return TenantId.OfGrainKey(key) is { } tenant && string.Equals(GrainCaller.CurrentTenant, tenant, StringComparison.Ordinal);
        }

        if (grainInterface == typeof(IImportRegistryGrain) || grainInterface == typeof(IChallengeRegistryGrain))
        {
            return string.Equals(GrainCaller.CurrentTenant, key, StringComparison.Ordinal);
        }

        if (grainInterface == typeof(ITenantGrain))
        {
            return GrainCaller.IsAdmin || string.Equals(GrainCaller.CurrentTenant, key, StringComparison.Ordinal);
        }

        if (grainInterface == typeof(ITenantDirectoryGrain))
        {
            return GrainCaller.IsAdmin;
        }

        if (grainInterface == typeof(IApiKeyGrain))
        {
            // The gateway asks whether a key is genuine with no caller yet; it proves nothing without the
            // key's hash. Changing a key is tenant administration.
            return method == nameof(IApiKeyGrain.Authenticate) || GrainCaller.IsAdmin;
        }

        return true;
    }
}
