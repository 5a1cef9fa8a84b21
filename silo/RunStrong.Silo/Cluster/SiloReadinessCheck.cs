using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Cluster;

/// <summary>
/// Ready means: an active member of the cluster, not draining, and able to reach storage. The gateway's active
/// health checks and Kubernetes' readiness probe both read it, so traffic arrives only while the silo can serve
/// it. While storage is unreachable every silo reports it here; the gateways then still send requests to some
/// silo (YARP's HealthyOrPanic), which answers what it can from memory and refuses the rest with 503 at once.
/// </summary>
public sealed class SiloReadinessCheck(ISiloStatusOracle membership, ShutdownDrain drain, StorageCircuit storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            drain.IsDraining ? HealthCheckResult.Unhealthy("Draining: shutting down.")
            : membership.CurrentStatus != SiloStatus.Active ? HealthCheckResult.Unhealthy($"Silo status {membership.CurrentStatus}.")
            : storage.UnreachableFor is { } down ? HealthCheckResult.Unhealthy($"Storage unreachable for {down.TotalSeconds:F0} s.")
            : HealthCheckResult.Healthy());
}
