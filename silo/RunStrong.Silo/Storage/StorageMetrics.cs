using System.Diagnostics.Metrics;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.Storage;

/// <summary>
/// The storage circuit's state as metrics (whether storage is unreachable now, how often it was, and what that
/// refused), and the traffic this silo sends to storage (requests and request-body bytes).
/// </summary>
public sealed class StorageMetrics
{
    public StorageMetrics(IMeterFactory meters, StorageClients storage)
    {
        var circuit = storage.Circuit;
        var meter = meters.Create(TelemetryNames.RunStrong);
        meter.CreateObservableGauge("runstrong.storage.unreachable", () => circuit.IsOpen ? 1 : 0, "{silo}",
            "1 while this silo's storage circuit is open (storage stopped answering), else 0.");
        meter.CreateObservableCounter("runstrong.storage.circuit.opened", () => circuit.TimesOpened, "{event}",
            "Times this silo found storage unreachable and opened its storage circuit.");
        meter.CreateObservableCounter("runstrong.storage.calls.refused", () => circuit.CallsRefused, "{call}",
            "Storage calls refused unsent while the circuit was open (each answered 503 with Retry-After, or retried by the silo later).");
        meter.CreateObservableCounter("runstrong.storage.requests", () => Rows(storage.Traffic, row => row.Requests), "{request}",
            "Requests this silo sent to storage, every retry included, by service (blob, table), HTTP method and whether storage answered.");
        meter.CreateObservableCounter("runstrong.storage.request.body", () => Rows(storage.Traffic, row => row.BodyBytes), "By",
            "Request-body bytes this silo sent to storage (what it wrote), by service, HTTP method and whether storage answered.");
    }

    private static IEnumerable<Measurement<long>> Rows(StorageTraffic traffic, Func<StorageTraffic.Row, long> value) =>
        traffic.Snapshot().Select(row => new Measurement<long>(value(row),
            new KeyValuePair<string, object?>("service", row.Service),
            new KeyValuePair<string, object?>("method", row.Method),
            new KeyValuePair<string, object?>("answered", row.Answered ? "true" : "false")));
}
