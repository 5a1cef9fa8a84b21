using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RunStrong.Silo.Cluster;

/// <summary>Not ready while <see cref="StallGuard"/> refuses: the gateway's health checks and Kubernetes keep traffic away.</summary>
public sealed class StallReadinessCheck(StallGuard guard) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(guard.IsRefusing(Stopwatch.GetTimestamp(), out var reason)
            ? HealthCheckResult.Unhealthy(reason)
            : HealthCheckResult.Healthy());
}
