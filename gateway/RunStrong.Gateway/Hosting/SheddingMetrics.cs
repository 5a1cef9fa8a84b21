using System.Diagnostics.Metrics;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// The gateway's load-shedding instruments on RunStrong's meter: requests turned away with 503 + Retry-After by
/// reason (<c>runstrong_gateway_requests_shed_total{reason}</c>), and the admission limit in force
/// (<c>runstrong_gateway_admission_limit</c>). No tenant label: the tenant is in traces and logs.
/// </summary>
public sealed class SheddingMetrics
{
    public const string RequestsShed = "runstrong.gateway.requests.shed";
    public const string AdmissionLimitName = "runstrong.gateway.admission.limit";
    public const string ReasonAttribute = "reason";

    private readonly Counter<long> shed;

    public SheddingMetrics(IMeterFactory meters, AdmissionLimit limit)
    {
        var meter = meters.Create(TelemetryNames.RunStrong);
        shed = meter.CreateCounter<long>(
            RequestsShed, "{request}",
            "Tenant requests the gateway answered 503 with Retry-After instead of forwarding or waiting longer, by reason: " +
            "capacity (the fixed in-flight bound), latency (the admission limit lowered because answers grew slow), timeout (no answer within the proxy timeout).");
        meter.CreateObservableGauge(
            AdmissionLimitName, () => limit.Limit, "{request}",
            "Tenant requests this gateway lets in at once now: Gateway:MaxConcurrentRequests while answers are fast, lower while they are slow.");

        // Every reason from zero, so the series exist (and rate() works) before the first request is shed.
        foreach (var reason in Enum.GetValues<ShedReason>())
        {
            shed.Add(0, Tag(reason));
        }
    }

    public void Shed(ShedReason reason) => shed.Add(1, Tag(reason));

    private static KeyValuePair<string, object?> Tag(ShedReason reason) => new(ReasonAttribute, Label(reason));

    public static string Label(ShedReason reason) => reason switch
    {
        ShedReason.Capacity => "capacity",
        ShedReason.Latency => "latency",
        _ => "timeout",
    };
}
