using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>Callers the security suites sign for, to reach the silo past the gateway and prove its own checks (its second wall).</summary>
internal static class GatewaySignature
{
    /// <summary>A caller holding a key of tenant <paramref name="tenantId"/>, of the <paramref name="kind"/> the gateway would sign for it.</summary>
    public static CallerContext Tenant(string tenantId, TenantKind kind) => new(CallerRole.Tenant, tenantId, kind);

    public static Task SignAsync(this InProcessPlatform platform, HttpRequestMessage request, CallerContext caller) =>
        GatewaySigning.SignAsync(request, platform.SiloClusterAddress, caller);
}
