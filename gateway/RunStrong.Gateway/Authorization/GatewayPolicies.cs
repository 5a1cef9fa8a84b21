namespace RunStrong.Gateway.Authorization;

/// <summary>The gateway's authorization and rate-limiter policies, by name (routes name them; <see cref="Routing.RouteRuleProxyConfig"/> attaches them).</summary>
public static class GatewayPolicies
{
    /// <summary>A declared API route: whoever its <c>RouteRule</c> admits (<see cref="RouteRuleRequirement"/>).</summary>
    public const string RouteRule = "route-rule";

    /// <summary>The platform admin key (gateway metrics).</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>The operator: admin key or a signed-in session (the Orleans dashboard).</summary>
    public const string Operator = "operator";

    /// <summary>YARP's name for "no authorization" on a route.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Rate limit per tenant (its own limits); the platform admin is not limited.</summary>
    public const string TenantRate = "tenant-rate";

    /// <summary>Rate limit per client address, for routes that need no key.</summary>
    public const string ClientAddressRate = "client-address-rate";

    /// <summary>The web pages at /app: a signed-in browser session of an active tenant (staff or athlete).</summary>
    public const string WebPage = "WebPage";
}
