using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>One HTTP route the silo serves, as its endpoint list names it: <c>PUT api/t/{tenantId}/athletes/{athleteId}</c>.</summary>
public sealed record ApiRoute(string Method, string Pattern, bool TakesJsonBody)
{
    private const string TenantPrefix = "api/t/{tenantId}/";

    /// <summary>The key of the route in sample tables and the name a failing case shows.</summary>
    public string Name => $"{Method} {Pattern}";

    public bool IsTenantRoute => Pattern.StartsWith(TenantPrefix, StringComparison.Ordinal);

    public bool IsAdminRoute => Pattern.StartsWith("api/admin/", StringComparison.Ordinal) || Pattern == "api/admin"
        || Pattern.StartsWith("ops/", StringComparison.Ordinal);

    /// <summary>
    /// Every route of the running silo host, read from its own endpoint list (so a route added tomorrow shows
    /// up here without anyone editing a test). Health probes and the OpenAPI document
    /// are left out: they need no key by design (OpenApiTests covers the document).
    /// </summary>
    public static IReadOnlyList<ApiRoute> ServedBy(IServiceProvider siloServices) =>
        siloServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(Routes)
            .Where(route => !route.Pattern.StartsWith("health/", StringComparison.Ordinal) && !route.Pattern.StartsWith("openapi/", StringComparison.Ordinal))
            .Distinct()
            .OrderBy(route => route.Pattern, StringComparer.Ordinal).ThenBy(route => route.Method, StringComparer.Ordinal)
            .ToList();

    public override string ToString() => Name;

    private static IEnumerable<ApiRoute> Routes(RouteEndpoint endpoint)
    {
        var pattern = (endpoint.RoutePattern.RawText ?? "").Trim('/');
        var takesJson = endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
            && accepts.ContentTypes.Any(type => type.Contains("json", StringComparison.OrdinalIgnoreCase));

        // An endpoint without method metadata answers every method; name it so the tables must say what it is.
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
        return methods.Select(method => new ApiRoute(method, pattern, takesJson));
    }
}
