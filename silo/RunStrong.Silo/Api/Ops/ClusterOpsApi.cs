using Orleans.Runtime;
using RunStrong.Silo.Cluster;

namespace RunStrong.Silo.Api.Ops;

/// <summary>
/// <c>GET /ops/cluster</c> (platform admin): every silo with its status, uptime and activation count,
/// activations by grain type (and per silo), and stored and active athletes per tenant. Built from
/// Orleans' management grain, which asks each silo; tenant ids appear here, never as metric labels.
/// </summary>
public static class ClusterOpsApi
{
    private const int MaxTenantsListed = 100;

    public static IEndpointRouteBuilder MapClusterOpsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapRoute(ApiRoutes.Platform.GetCluster, GetCluster).WithTags("Operations")
            .WithSummary("Silos (status, uptime, activations), grain activations by type, athletes per tenant (counted at most every 30 s; recount=true counts now).")
            .WithDescription("For the platform operator: each silo (status, uptime, activations, memory, CPU, last heartbeat), grain activations by type and silo, and athletes per tenant for the 100 largest tenants (counted at most every 30 s; `recount=true` counts now).");
        return routes;
    }

    private static async Task<IResult> GetCluster(bool? recount, IGrainFactory grains, AthleteCensus census, TimeProvider clock, CancellationToken cancellationToken)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var now = clock.GetUtcNow();
        var hosts = await management.GetDetailedHosts(false, cancellationToken);
        var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
        var statistics = active.Length == 0 ? [] : await management.GetRuntimeStatistics(active, cancellationToken);
        var byAddress = active.Zip(statistics).ToDictionary(p => p.First, p => p.Second);
        var grainStatistics = await management.GetSimpleGrainStatistics(cancellationToken);

        var silos = hosts
            .Where(h => h.Status is SiloStatus.Active or SiloStatus.Joining or SiloStatus.ShuttingDown or SiloStatus.Stopping
                || now - h.IAmAliveTime.ToUniversalTime() < TimeSpan.FromHours(1))
            .OrderBy(h => h.SiloName, StringComparer.Ordinal)
            .Select(h =>
            {
                var stats = byAddress.GetValueOrDefault(h.SiloAddress);
                var started = new DateTimeOffset(h.StartTime.ToUniversalTime(), TimeSpan.Zero);
                return new SiloView(
                    h.SiloAddress.ToParsableString(), h.SiloName, h.HostName, h.Status.ToString(), started,
                    Math.Round((now - started).TotalSeconds, 1), stats?.ActivationCount, stats?.EnvironmentStatistics.FilteredMemoryUsageBytes,
                    stats?.EnvironmentStatistics.FilteredCpuUsagePercentage, new DateTimeOffset(h.IAmAliveTime.ToUniversalTime(), TimeSpan.Zero));
            })
            .ToList();

        var grainTypes = grainStatistics
            .GroupBy(g => ShortTypeName(g.GrainType))
            .Select(g => new GrainTypeView(
                g.Key, g.Sum(s => s.ActivationCount),
                g.GroupBy(s => s.SiloAddress.ToParsableString()).ToDictionary(s => s.Key, s => s.Sum(x => x.ActivationCount))))
            .OrderByDescending(g => g.Activations)
            .ToList();

        return TypedResults.Ok(new ClusterView(now, active.Length, silos, grainTypes, await TenantsAsync(management, census, recount == true, cancellationToken)));
    }

    private static async Task<TenantAthletesView> TenantsAsync(IManagementGrain management, AthleteCensus census, bool recount, CancellationToken cancellationToken)
    {
        var (stored, countedAt) = await census.CountAsync(recount, cancellationToken);
        var activeByTenant = (await management.GetActiveGrains(GrainType.Create("athlete"), cancellationToken))
            .Select(id => Contracts.Identity.TenantId.OfGrainKey(id.Key.ToString() ?? ""))
            .OfType<string>()
            .GroupBy(tenant => tenant)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var tenants = stored.Keys.Union(activeByTenant.Keys)
            .Select(t => new TenantAthletes(t, stored.GetValueOrDefault(t), activeByTenant.GetValueOrDefault(t)))
            .OrderByDescending(t => t.Athletes).ThenBy(t => t.TenantId, StringComparer.Ordinal)
            .ToList();
        return new TenantAthletesView(countedAt, tenants.Count, stored.Values.Sum(v => (long)v), tenants.Count > MaxTenantsListed, [.. tenants.Take(MaxTenantsListed)]);
    }

    /// <summary>"RunStrong.Silo.Grains.AthleteGrain,RunStrong.Silo" reads as "AthleteGrain".</summary>
    private static string ShortTypeName(string type)
    {
        var name = type.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
