using OpenTelemetry.Metrics;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// Framework instruments recorded on every request (some several times: one authentication measurement per
/// scheme a policy tries, one memory-pool count per buffer rented) that no dashboard, alert or runbook reads.
/// Dropped by a view, the instrument is never enabled, so ASP.NET Core and HttpClient skip the measurement
/// altogether rather than aggregating it for nobody. What operations use stays: request duration and active
/// requests, rate-limit outcomes, outgoing call duration, connections (docs/OPERATIONS.md, "Metrics, traces and logs").
/// </summary>
public static class UnreadPerRequestInstruments
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "aspnetcore.authentication.authenticate.duration",
        "aspnetcore.authorization.attempts",
        "aspnetcore.routing.match_attempts",
        "aspnetcore.rate_limiting.request_lease.duration",
        "aspnetcore.rate_limiting.active_request_leases",
        "aspnetcore.memory_pool.rented",
        "http.client.request.time_in_queue",
        "http.client.active_requests",
    ];

    public static MeterProviderBuilder DropUnreadPerRequestInstruments(this MeterProviderBuilder metrics)
    {
        foreach (var name in Names)
        {
            metrics.AddView(name, MetricStreamConfiguration.Drop);
        }

        return metrics;
    }
}
