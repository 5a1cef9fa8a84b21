using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace RunStrong.Silo.Cluster;

/// <summary>
/// Ready means: an active member of the cluster and not draining. The gateway's active health checks and
/// Kubernetes' readiness probe both read it, so traffic arrives only while the silo can serve it.
/// </summary>
public sealed class SiloReadinessCheck(ISiloStatusOracle membership, ShutdownDrain drain) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            drain.IsDraining ? HealthCheckResult.Unhealthy("Draining: shutting down.")
            : membership.CurrentStatus == SiloStatus.Active ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Silo status {membership.CurrentStatus}."));
}
