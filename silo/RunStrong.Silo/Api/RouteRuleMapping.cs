using RunStrong.Contracts.Routes;

namespace RunStrong.Silo.Api;

/// <summary>Maps an endpoint from its declared <see cref="RouteRule"/>: method, pattern, name, and the rule itself as metadata.</summary>
internal static class RouteRuleMapping
{
    public static RouteHandlerBuilder MapRoute(this IEndpointRouteBuilder routes, RouteRule rule, Delegate handler) =>
        routes.MapMethods(rule.Pattern, [rule.Method], handler).WithName(rule.Name).WithMetadata(rule);
}
