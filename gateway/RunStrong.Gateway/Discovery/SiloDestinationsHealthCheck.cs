using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunStrong.Gateway.Routing;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace RunStrong.Gateway.Discovery;

/// <summary>
/// The gateway is ready once it knows at least one silo to send requests to. When it knows silos but every one
/// fails its readiness probe (storage unreachable, say), it reports Degraded: still ready (200), since requests
/// then go to every silo (HealthyOrPanic), which answer what they can and refuse the rest with 503 and
/// Retry-After, which is better than clients finding no gateway; but the answer says what is wrong.
/// </summary>
public sealed class SiloDestinationsHealthCheck(SiloDestinationsConfiguration destinations, IProxyStateLookup proxy) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!destinations.HasDestinations)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No silo discovered yet."));
        }

        var silos = proxy.TryGetCluster(RouteRuleProxyConfig.SiloCluster, out var cluster) ? cluster.Destinations.Values.ToList() : [];
        return Task.FromResult(silos.Count > 0 && silos.All(s => s.Health.Active == DestinationHealth.Unhealthy)
            ? HealthCheckResult.Degraded($"None of {silos.Count} silo(s) is ready; requests go to all of them, which refuse what they cannot serve.")
            : HealthCheckResult.Healthy());
    }
}
