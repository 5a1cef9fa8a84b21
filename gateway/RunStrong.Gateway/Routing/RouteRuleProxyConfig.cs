using Microsoft.Extensions.Primitives;
using RunStrong.Contracts.Routes;
using RunStrong.Gateway.Authorization;
using Yarp.ReverseProxy.Configuration;

namespace RunStrong.Gateway.Routing;

/// <summary>
/// The gateway's proxy routes, one per declared <see cref="RouteRule"/> (<see cref="ApiRoutes.All"/>): same
/// method, same pattern, to the silo cluster, with the authorization and rate-limit policy the rule calls for.
/// A path no rule declares matches nothing here and is answered 404 by the gateway itself. Clusters (the silos)
/// come from configuration and discovery; this provider adds routes only.
/// </summary>
public sealed class RouteRuleProxyConfig : IProxyConfigProvider
{
    public const string SiloCluster = "silos";

    private static readonly ProxyConfig Config = new(ApiRoutes.All.Select(RouteOf).ToList());

    public IProxyConfig GetConfig() => Config;

    public static RouteConfig RouteOf(RouteRule rule)
    {
        var anonymous = rule.Admits(CallerKinds.Anonymous);
        return new RouteConfig
        {
            RouteId = rule.Name,
            ClusterId = SiloCluster,
            Match = new RouteMatch { Path = "/" + rule.Pattern, Methods = [rule.Method] },
            AuthorizationPolicy = anonymous ? GatewayPolicies.Anonymous : GatewayPolicies.RouteRule,
            RateLimiterPolicy = anonymous ? GatewayPolicies.ClientAddressRate : GatewayPolicies.TenantRate,
        };
    }

    private sealed class ProxyConfig(IReadOnlyList<RouteConfig> routes) : IProxyConfig
    {
        public IReadOnlyList<RouteConfig> Routes { get; } = routes;

        public IReadOnlyList<ClusterConfig> Clusters { get; } = [];

        /// <summary>Declared in code: it never changes while the gateway runs.</summary>
        public IChangeToken ChangeToken { get; } = new CancellationChangeToken(CancellationToken.None);
    }
}
