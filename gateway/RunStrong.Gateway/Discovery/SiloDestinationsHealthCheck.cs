using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RunStrong.Gateway.Discovery;

/// <summary>The gateway is ready once it knows at least one silo to send requests to.</summary>
public sealed class SiloDestinationsHealthCheck(SiloDestinationsConfiguration destinations) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(destinations.HasDestinations
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("No silo discovered yet."));
}
