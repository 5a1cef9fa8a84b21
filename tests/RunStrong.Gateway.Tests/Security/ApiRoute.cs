using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>One HTTP route the silo serves, as its endpoint list names it: <c>PUT api/t/{tenantId}/athletes/{athleteId}</c>.</summary>
public sealed record ApiRoute(string Method, string Pattern, bool TakesJsonBody)
{
    private const string TenantPrefix = "api/t/{tenantId}/";

    /// <summary>
    /// Route families (the segment after the tenant id) that one kind of tenant owns: gyms import members,
    /// clubs run challenges. The gateway answers 403 to a key of the other kind, so a case on these routes
    /// must be played by tenants of the owning kind, or it would only ever test that 403.
    /// </summary>
    private static readonly Dictionary<string, TenantKind> KindOwnedFamilies = new(StringComparer.Ordinal)
    {
        ["imports"] = TenantKind.Gym,
        ["challenges"] = TenantKind.Club,
    };

    /// <summary>The key of the route in sample tables and the name a failing case shows.</summary>
    public string Name => $"{Method} {Pattern}";

    public bool IsTenantRoute => Pattern.StartsWith(TenantPrefix, StringComparison.Ordinal);

    /// <summary>The route's family, the segment after the tenant id (<c>athletes</c>, <c>challenges</c>); null for admin routes.</summary>
    public string? Family => IsTenantRoute ? Pattern[TenantPrefix.Length..].Split('/')[0] : null;

    /// <summary>The kind of tenant only whose keys may use this route; null when every kind may (and for admin routes).</summary>
    public TenantKind? ExclusiveKind => Family is { } family && KindOwnedFamilies.TryGetValue(family, out var kind) ? kind : null;

    /// <summary>The kind of tenant a case on this route creates: its exclusive kind, else a gym (either kind would do).</summary>
    public TenantKind OwnerKind => ExclusiveKind ?? TenantKind.Gym;

    public bool IsAdminRoute => Pattern.StartsWith("api/admin/", StringComparison.Ordinal) || Pattern == "api/admin"
        || Pattern.StartsWith("ops/", StringComparison.Ordinal);

    /// <summary>
    /// Every route of the running silo host, read from its own endpoint list (so a route added tomorrow shows
    /// up here without anyone editing a test). Health probes, the Prometheus scrape endpoint and the OpenAPI
    /// document are left out: they need no key by design (MetricsTests and OpenApiTests cover them).
    /// </summary>
    public static IReadOnlyList<ApiRoute> ServedBy(IServiceProvider siloServices) =>
        siloServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(Routes)
            .Where(route => !route.Pattern.StartsWith("health/", StringComparison.Ordinal) && !route.Pattern.StartsWith("openapi/", StringComparison.Ordinal)
                && route.Pattern != "metrics")
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
