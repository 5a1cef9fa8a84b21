using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunStrong.Contracts.Cluster;
using RunStrong.Gateway.Discovery;
using RunStrong.Gateway.Routing;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace RunStrong.Gateway.Tests.Discovery;

/// <summary>The gateway's readiness: no silo known is not ready; silos known but none ready is degraded, still serving.</summary>
public sealed class SiloDestinationsHealthCheckTests
{
    [Fact]
    public async Task Not_ready_before_any_silo_is_known()
    {
        var result = await Check(new SiloDestinationsConfiguration(), []);
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Ready_while_one_silo_passes_its_probe()
    {
        var result = await Check(Known(), [DestinationHealth.Unhealthy, DestinationHealth.Healthy]);
        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Degraded_but_still_serving_when_every_silo_fails_its_probe()
    {
        var result = await Check(Known(), [DestinationHealth.Unhealthy, DestinationHealth.Unhealthy]);
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("None of 2 silo(s) is ready", result.Description, StringComparison.Ordinal);
    }

    private static SiloDestinationsConfiguration Known()
    {
        var destinations = new SiloDestinationsConfiguration();
        destinations.Replace(SiloDiscovery.ConfigurationOf([new SiloEndpoint("127.0.0.1:11111@1", "https://127.0.0.1:5001/", true, DateTimeOffset.UnixEpoch)]));
        return destinations;
    }

    private static Task<HealthCheckResult> Check(SiloDestinationsConfiguration destinations, DestinationHealth[] probes)
    {
        var cluster = new ClusterState(RouteRuleProxyConfig.SiloCluster);
        for (var i = 0; i < probes.Length; i++)
        {
            var destination = new DestinationState($"silo-{i}");
            destination.Health.Active = probes[i];
            cluster.Destinations[destination.DestinationId] = destination;
        }

        return new SiloDestinationsHealthCheck(destinations, new OneCluster(cluster)).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
    }

    private sealed class OneCluster(ClusterState cluster) : IProxyStateLookup
    {
        public bool TryGetRoute(string id, [NotNullWhen(true)] out RouteModel? route)
        {
            route = null;
            return false;
        }

        public IEnumerable<RouteModel> GetRoutes() => [];

        public bool TryGetCluster(string id, [NotNullWhen(true)] out ClusterState? found)
        {
            found = id == cluster.ClusterId ? cluster : null;
            return found is not null;
        }

        public IEnumerable<ClusterState> GetClusters() => [cluster];
    }
}
