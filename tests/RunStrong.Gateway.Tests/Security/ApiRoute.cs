using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// One HTTP route the silo serves, as its endpoint list names it (<c>PUT api/t/{tenantId}/athletes/{athleteId}</c>),
/// with the <see cref="RouteRule"/> the endpoint declares (null when it declares none: a test failure).
/// </summary>
public sealed record ApiRoute(string Method, string Pattern, bool TakesJsonBody, RouteRule? Rule)
{
    private const string TenantPrefix = "api/t/{tenantId}/";

    /// <summary>The key of the route in sample tables and the name a failing case shows.</summary>
    public string Name => $"{Method} {Pattern}";

    /// <summary>A route for tenant staff (their own tenant's data), as its rule declares.</summary>
    public bool IsTenantRoute => Rule?.Admits(CallerKinds.TenantStaff) == true;

    /// <summary>The route's family, the segment after the tenant id (<c>athletes</c>, <c>challenges</c>); null for admin routes.</summary>
    public string? Family => Pattern.StartsWith(TenantPrefix, StringComparison.Ordinal) ? Pattern[TenantPrefix.Length..].Split('/')[0] : null;

    /// <summary>
    /// The kind of tenant only whose keys may use this route (gyms import members, clubs run challenges); null when
    /// every kind may. A case on such a route must be played by tenants of the owning kind, or it would only ever
    /// test the other kind's 403.
    /// </summary>
    public TenantKind? ExclusiveKind => Rule?.TenantKind;

    /// <summary>
    /// What the route's owning kind keeps, for reading what a refused request of the other kind might have changed: a
    /// club's challenges, a gym's imports. A club route under another family (an athlete's challenges) is still about
    /// challenges; its family's own listing (the members directory) keeps changing in the background as imports land.
    /// </summary>
    public string? KindFamily => ExclusiveKind switch
    {
        TenantKind.Club => "challenges",
        TenantKind.Gym => "imports",
        _ => Family,
    };

    /// <summary>The kind of tenant a case on this route creates: its exclusive kind, else a gym (either kind would do).</summary>
    public TenantKind OwnerKind => ExclusiveKind ?? TenantKind.Gym;

    /// <summary>A route for the platform admin key, as its rule declares.</summary>
    public bool IsAdminRoute => Rule?.Admits(CallerKinds.Admin) == true;

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
        var rule = endpoint.Metadata.GetMetadata<RouteRule>();
        return methods.Select(method => new ApiRoute(method, pattern, takesJson, rule));
    }
}
