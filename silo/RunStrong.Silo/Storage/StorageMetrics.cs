using System.Diagnostics.Metrics;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.Storage;

/// <summary>The storage circuit's state as metrics: whether storage is unreachable now, how often it was, and what that refused.</summary>
public sealed class StorageMetrics
{
    public StorageMetrics(IMeterFactory meters, StorageCircuit circuit)
    {
        var meter = meters.Create(TelemetryNames.RunStrong);
        meter.CreateObservableGauge("runstrong.storage.unreachable", () => circuit.IsOpen ? 1 : 0, "{silo}",
            "1 while this silo's storage circuit is open (storage stopped answering), else 0.");
        meter.CreateObservableCounter("runstrong.storage.circuit.opened", () => circuit.TimesOpened, "{event}",
            "Times this silo found storage unreachable and opened its storage circuit.");
        meter.CreateObservableCounter("runstrong.storage.calls.refused", () => circuit.CallsRefused, "{call}",
            "Storage calls refused unsent while the circuit was open (each answered 503 with Retry-After, or retried by the silo later).");
    }
}
