using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// One declaration per route, read by both hosts: every silo endpoint is mapped from a <see cref="RouteRule"/>, the
/// gateway proxies exactly the declared routes with the same rules and the policies they call for, and neither
/// host serves anything undeclared.
/// </summary>
public sealed class RouteRuleAgreementTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_silo_endpoint_is_mapped_from_its_declared_rule()
    {
        var mismatched = Endpoints(Platform.SiloServices)
            .Where(endpoint => !IsInfrastructure(endpoint))
            .Where(endpoint => endpoint.Metadata.GetMetadata<RouteRule>() is not { } rule
                || rule.Pattern != endpoint.RoutePattern.RawText?.Trim('/')
                || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.SequenceEqual([rule.Method]) != true)
            .Select(endpoint => endpoint.RoutePattern.RawText)
            .ToList();

        Assert.True(mismatched.Count == 0, $"Silo endpoints without a matching RouteRule:\n{string.Join("\n", mismatched)}");
    }

    [Fact]
    public void The_silo_serves_every_declared_route_and_the_gateway_proxies_each_with_the_same_rule()
    {
        var served = Endpoints(Platform.SiloServices).Select(e => e.Metadata.GetMetadata<RouteRule>()).OfType<RouteRule>().ToHashSet();
        var proxied = Endpoints(Platform.GatewayServices)
            .Select(endpoint => (Rule: endpoint.Metadata.GetMetadata<RouteRule>(), Endpoint: endpoint))
            .Where(pair => pair.Rule is not null)
            .ToDictionary(pair => pair.Rule!, pair => pair.Endpoint);

        Assert.Equal(ApiRoutes.All.OrderBy(r => r.Name), served.OrderBy(r => r.Name));
        Assert.Equal(ApiRoutes.All.OrderBy(r => r.Name), proxied.Keys.OrderBy(r => r.Name));
        foreach (var (rule, endpoint) in proxied)
        {
            Assert.Equal("/" + rule.Pattern, endpoint.RoutePattern.RawText);
            Assert.Equal([rule.Method], endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods);
            var anonymous = rule.Admits(CallerKinds.Anonymous);
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).ToList();
            Assert.Equal(anonymous ? [] : ["route-rule"], policies);
            Assert.Equal(anonymous, endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null);
            Assert.Equal(anonymous ? "client-address-rate" : "tenant-rate", endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
        }
    }

    [Fact]
    public void Every_route_open_to_tenant_staff_names_the_tenant_and_kind_owned_routes_are_staff_routes()
    {
        Assert.All(ApiRoutes.All.Where(rule => rule.Admits(CallerKinds.TenantStaff | CallerKinds.Athlete)),
            rule => Assert.Contains("{" + RouteRule.TenantRouteValue + "}", rule.Pattern, StringComparison.Ordinal));
        Assert.All(ApiRoutes.All.Where(rule => rule.TenantKind is not null),
            rule => Assert.Equal(CallerKinds.TenantStaff, rule.Callers & ~CallerKinds.Athlete));
    }

    [Fact]
    public void Every_route_open_to_athletes_is_a_staff_route_that_names_an_athlete_or_a_challenge_they_must_be_in()
    {
        // Confinement is by route value: a route open to athletes that named neither would reach the whole tenant.
        Assert.All(ApiRoutes.All.Where(rule => rule.Admits(CallerKinds.Athlete)), rule =>
        {
            Assert.True(rule.Admits(CallerKinds.TenantStaff), $"{rule.Name} admits athletes but not staff.");
            Assert.True(
                rule.Pattern.Contains("{" + RouteRule.AthleteRouteValue + "}", StringComparison.Ordinal)
                || (rule.Method == "GET" && rule.Pattern.Contains("{" + RouteRule.ChallengeRouteValue + "}", StringComparison.Ordinal)),
                $"{rule.Name} admits athletes without naming their athlete id or a challenge to read.");
        });
    }

    [Fact]
    public void Staff_only_routes_stay_closed_to_athlete_keys()
    {
        string[] staffOnly =
        [
            ApiRoutes.Members.ListMembers.Name, ApiRoutes.Members.PatchMember.Name, ApiRoutes.Athletes.IssueAthleteKey.Name, ApiRoutes.Athletes.ListAthleteKeys.Name,
            ApiRoutes.Athletes.RevokeAthleteKey.Name, ApiRoutes.Challenges.ListChallenges.Name, ApiRoutes.Challenges.CreateChallenge.Name,
            ApiRoutes.Challenges.PutTeamMember.Name, ApiRoutes.Challenges.DeleteTeamMember.Name, ApiRoutes.MemberImports.StartImport.Name,
        ];

        Assert.All(staffOnly, name => Assert.False(ApiRoutes.Named(name)!.Admits(CallerKinds.Athlete), name));
        Assert.All(ApiRoutes.All.Where(rule => rule.Admits(CallerKinds.Admin)), rule => Assert.False(rule.Admits(CallerKinds.Athlete), rule.Name));
    }

    [Theory]
    [InlineData("Challenges")]
    [InlineData("CHALLENGES")]
    [InlineData("challenges/")]
    public async Task The_tenant_kind_wall_holds_whatever_the_case_of_the_path(string family)
    {
        var gym = await Platform.CreateTenantAsync("gym");
        using var client = Platform.TenantClient(gym.ApiKey);
        var path = $"/api/t/{gym.Id}/{family}";

        using var response = await client.GetAsync(path, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(Platform.SiloReceived.For(path));
    }

    [Fact]
    public async Task A_path_no_rule_declares_is_answered_404_by_the_gateway_without_reaching_a_silo()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);
        var path = $"/api/t/{tenant.Id}/undeclared";

        using var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(Platform.SiloReceived.For(path));
    }

    [Fact]
    public async Task A_gym_key_on_a_club_route_is_refused_at_the_gateway_and_never_forwarded()
    {
        var gym = await Platform.CreateTenantAsync(nameof(TenantKind.Gym).ToLowerInvariant());
        using var client = Platform.TenantClient(gym.ApiKey);
        var path = $"/api/t/{gym.Id}/challenges";

        using var response = await client.GetAsync(path, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(Platform.SiloReceived.For(path));
    }

    private static IEnumerable<RouteEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    /// <summary>Health probes and the Prometheus scrape: served by every host without a route rule, by design.</summary>
    private static bool IsInfrastructure(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText?.Trim('/') is { } pattern && (pattern.StartsWith("health/", StringComparison.Ordinal) || pattern == "metrics");
}
