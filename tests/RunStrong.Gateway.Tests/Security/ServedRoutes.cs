namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// Theory data read from the running silo's endpoint list, one row per route (shown as <c>METHOD pattern</c>,
/// so a failing case names its route). The data is read when the theory runs, not at discovery, because
/// only then does the platform fixture exist: use with <c>DisableDiscoveryEnumeration = true</c>.
/// </summary>
public static class ServedRoutes
{
    public static async Task<IEnumerable<TheoryDataRow<ApiRoute>>> Tenant() => Rows(await AllAsync(), route => route.IsTenantRoute);

    /// <summary>The tenant routes that one kind of tenant owns (<see cref="ApiRoute.ExclusiveKind"/>).</summary>
    public static async Task<IEnumerable<TheoryDataRow<ApiRoute>>> KindOwned() => Rows(await AllAsync(), route => route.ExclusiveKind is not null);

    public static async Task<IEnumerable<TheoryDataRow<ApiRoute>>> Admin() => Rows(await AllAsync(), route => route.IsAdminRoute);

    public static async Task<IReadOnlyList<ApiRoute>> AllAsync()
    {
        var fixture = await TestContext.Current.GetFixture<PlatformFixture>()
            ?? throw new InvalidOperationException("The platform fixture is not available: the route list is read from the running silo.");
        return ApiRoute.ServedBy(fixture.Platform.SiloServices);
    }

    private static List<TheoryDataRow<ApiRoute>> Rows(IEnumerable<ApiRoute> routes, Func<ApiRoute, bool> include) =>
        routes.Where(include).Select(route => new TheoryDataRow<ApiRoute>(route)).ToList();
}
