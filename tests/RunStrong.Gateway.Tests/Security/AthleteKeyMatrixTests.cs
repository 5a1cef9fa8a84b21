using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// The authorization matrix for athlete-scoped keys (issue 13), over every route the silo serves: on its own
/// athlete a key is admitted exactly where the route rule admits athletes (else 403); another athlete's path
/// answers 404, and so does a challenge the athlete is not in; another tenant's path 404; a revoked key 401; a
/// suspended tenant's key 403; admin routes 403. The silo's own wall gives the same answers to a caller signed as
/// another athlete. Refused requests change nothing.
/// </summary>
public sealed class AthleteKeyMatrixTests(PlatformFixture fixture)
{
    /// <summary>An athlete of the case's tenant other than the suite's: in no challenge, with a key of their own.</summary>
    private const string OtherAthleteId = "matrix-other";

    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(ServedRoutes.Tenant), MemberType = typeof(ServedRoutes), DisableDiscoveryEnumeration = true)]
    public async Task An_athlete_key_on_its_own_athlete_is_admitted_exactly_where_the_rule_admits_athletes(ApiRoute route)
    {
        using var athlete = await OwnedAthlete.CreateAsync(Platform, route.OwnerKind);
        using var client = Platform.TenantClient(athlete.AthleteKey);
        var before = await athlete.RecordAsync();

        using var request = RouteSamples.Request(route, RouteValues.For(athlete.Tenant));
        using var response = await client.SendAsync(request, Cancel);

        if (route.Rule!.Admits(CallerKinds.Athlete))
        {
            var expected = RouteSamples.For(route).Rightful;
            Assert.True(response.StatusCode == expected,
                $"{route}: the athlete's own key got {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync(Cancel)}");
        }
        else
        {
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal(before, await athlete.RecordAsync());
        }
    }

    [Theory]
    [MemberData(nameof(ServedRoutes.Tenant), MemberType = typeof(ServedRoutes), DisableDiscoveryEnumeration = true)]
    public async Task Another_athletes_or_another_tenants_athlete_key_is_refused_at_gateway_and_silo_and_changes_nothing(ApiRoute route)
    {
        using var victim = await OwnedAthlete.CreateAsync(Platform, route.OwnerKind);
        using var sameTenant = Platform.TenantClient(await AthleteWithKeyAsync(victim.Owner, victim.Tenant.AthletePath(OtherAthleteId)));
        var intruder = await Platform.CreateTenantAsync(route.OwnerKind);
        using var intruderStaff = Platform.TenantClient(intruder.ApiKey);
        using var otherTenant = Platform.TenantClient(await AthleteWithKeyAsync(intruderStaff, intruder.AthletePath(RouteSamples.AthleteId)));
        using var direct = Platform.SiloDirect();
        var before = await victim.RecordAsync();
        var values = RouteValues.For(victim.Tenant);
        var expected = OtherAthletesAnswer(route);

        using (var request = RouteSamples.Request(route, values))
        using (var response = await sameTenant.SendAsync(request, Cancel))
        {
            await AssertProblemAsync(response, expected);
        }

        using (var request = RouteSamples.Request(route, values))
        {
            // Past the gateway, signed as the gateway signs another athlete of the tenant: the silo's own wall.
            await Platform.SignAsync(request, new CallerContext(CallerRole.Athlete, victim.Tenant.Id, route.OwnerKind, OtherAthleteId));
            using var response = await direct.SendAsync(request, Cancel);
            await AssertProblemAsync(response, expected);
        }

        using (var request = RouteSamples.Request(route, values))
        using (var response = await otherTenant.SendAsync(request, Cancel))
        {
            await AssertProblemAsync(response, HttpStatusCode.NotFound);
        }

        Assert.Equal(before, await victim.RecordAsync());
    }

    [Theory]
    [MemberData(nameof(ServedRoutes.Tenant), MemberType = typeof(ServedRoutes), DisableDiscoveryEnumeration = true)]
    public async Task A_revoked_athlete_key_gets_401_and_a_suspended_tenants_athlete_key_403_and_neither_changes_anything(ApiRoute route)
    {
        using var athlete = await OwnedAthlete.CreateAsync(Platform, route.OwnerKind);
        using var admin = Platform.AdminClient();
        var (revokedId, revokedKey) = await OwnedAthlete.IssueAthleteKeyAsync(athlete.Owner, athlete.Path);
        using var revoked = Platform.TenantClient(revokedKey);
        using var live = Platform.TenantClient(athlete.AthleteKey);

        // Used first, so the gateway has it cached: the refusal proves the cache bound.
        Assert.Equal(HttpStatusCode.OK, await Eventually.AnswersAsync(revoked, athlete.Path, HttpStatusCode.OK));
        using (var revoke = await athlete.Owner.DeleteAsync($"{athlete.Path}/keys/{revokedId}", Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        var before = await athlete.RecordAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await Eventually.AnswersAsync(revoked, athlete.Path, HttpStatusCode.Unauthorized));
        using (var request = RouteSamples.Request(route, RouteValues.For(athlete.Tenant)))
        using (var response = await revoked.SendAsync(request, Cancel))
        {
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        Assert.Equal(HttpStatusCode.OK, await Eventually.AnswersAsync(live, athlete.Path, HttpStatusCode.OK));
        await AssertAdminActionAsync(admin, $"/api/admin/tenants/{athlete.Tenant.Id}/suspend");
        Assert.Equal(HttpStatusCode.Forbidden, await Eventually.AnswersAsync(live, athlete.Path, HttpStatusCode.Forbidden));
        using (var request = RouteSamples.Request(route, RouteValues.For(athlete.Tenant)))
        using (var response = await live.SendAsync(request, Cancel))
        {
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        await AssertAdminActionAsync(admin, $"/api/admin/tenants/{athlete.Tenant.Id}/resume");
        Assert.Equal(HttpStatusCode.OK, await Eventually.AnswersAsync(live, athlete.Path, HttpStatusCode.OK));
        Assert.Equal(before, await athlete.RecordAsync());
    }

    [Theory]
    [MemberData(nameof(ServedRoutes.Admin), MemberType = typeof(ServedRoutes), DisableDiscoveryEnumeration = true)]
    public async Task An_athlete_key_on_an_admin_route_gets_403_at_gateway_and_silo_and_changes_nothing(ApiRoute route)
    {
        var tenant = await Platform.CreateTenantAsync(TenantKind.Gym);
        using var staff = Platform.TenantClient(tenant.ApiKey);
        using var client = Platform.TenantClient(await AthleteWithKeyAsync(staff, tenant.AthletePath(RouteSamples.AthleteId)));
        using var admin = Platform.AdminClient();
        using var direct = Platform.SiloDirect();
        var values = RouteValues.For(tenant);
        var before = await TenantRecord.ReadAsync(admin, values);

        using (var request = RouteSamples.Request(route, values))
        using (var response = await client.SendAsync(request, Cancel))
        {
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        using (var request = RouteSamples.Request(route, values))
        {
            await Platform.SignAsync(request, new CallerContext(CallerRole.Athlete, tenant.Id, TenantKind.Gym, RouteSamples.AthleteId));
            using var response = await direct.SendAsync(request, Cancel);
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }

        Assert.Equal(before, await TenantRecord.ReadAsync(admin, values));
    }

    /// <summary>
    /// What a key of another athlete of the same tenant gets on the suite athlete's request: 404 on any path naming
    /// the suite's athlete (as if they did not exist), 403 on a staff-only route that names none, and 404 on a
    /// challenge read (the other athlete is in no challenge).
    /// </summary>
    private static HttpStatusCode OtherAthletesAnswer(ApiRoute route) =>
        route.Pattern.Contains("{" + RouteRule.AthleteRouteValue + "}", StringComparison.Ordinal) || route.Rule!.Admits(CallerKinds.Athlete)
            ? HttpStatusCode.NotFound
            : HttpStatusCode.Forbidden;

    /// <summary>Gives the athlete at <paramref name="athletePath"/> a profile and a key (as staff); returns the key.</summary>
    private static async Task<string> AthleteWithKeyAsync(HttpClient staff, string athletePath)
    {
        (await staff.PutAsJsonAsync(athletePath, Profile(), Cancel)).EnsureSuccessStatusCode();
        return (await OwnedAthlete.IssueAthleteKeyAsync(staff, athletePath)).ApiKey;
    }

    private static async Task AssertAdminActionAsync(HttpClient admin, string path)
    {
        using var response = await admin.PostAsync(path, null, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent,
            $"POST {path} answered {(int)response.StatusCode}, expected 204: {await response.Content.ReadAsStringAsync(Cancel)}");
    }
}
