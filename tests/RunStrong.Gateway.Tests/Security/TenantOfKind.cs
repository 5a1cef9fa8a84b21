using RunStrong.Coaching.Validation;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>Creates the tenants a case needs as the kind its route belongs to (<see cref="ApiRoute.OwnerKind"/>).</summary>
internal static class TenantOfKind
{
    /// <summary>A new tenant of <paramref name="kind"/>, created through the admin route like any other.</summary>
    public static Task<TestTenant> CreateTenantAsync(this InProcessPlatform platform, TenantKind kind) =>
        platform.CreateTenantAsync(WireNames.Of(kind));

    /// <summary>The kind a key is refused for on a route that <paramref name="kind"/> owns.</summary>
    public static TenantKind Other(this TenantKind kind) => kind == TenantKind.Club ? TenantKind.Gym : TenantKind.Club;
}
