using Microsoft.AspNetCore.Authorization;

namespace RunStrong.Gateway.Authorization;

/// <summary>The caller must be one the endpoint's <c>RouteRule</c> admits, on a path it may reach (<see cref="RouteRuleAuthorizationHandler"/>).</summary>
public sealed class RouteRuleRequirement : IAuthorizationRequirement
{
    public static RouteRuleRequirement Instance { get; } = new();
}
