using System.Diagnostics.Metrics;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Tests.Deploy;

/// <summary>
/// Orleans counters that record only when something fails (a grain call times out, a membership probe goes
/// unanswered, a grain-state write fails, a turn runs long). A healthy platform never makes them appear in
/// <c>/metrics</c>, where an instrument shows only once it has recorded; so instead of the scrape, the instrument
/// itself is checked: published in this process on Orleans' meter under this exact name, a counter without a
/// unit, which the exporter names <c>name with underscores + _total</c>.
/// </summary>
internal static class FailureOnlyInstruments
{
    /// <summary>Prometheus name, and the Orleans instrument it comes from.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["orleans_app_requests_timedout_total"] = "orleans-app-requests-timedout",
        ["orleans_messaging_pings_reply_missed_total"] = "orleans-messaging-pings-reply-missed",
        ["orleans_storage_write_errors_total"] = "orleans-storage-write-errors",
        ["orleans_scheduler_long_running_turns_total"] = "orleans-scheduler-long-running-turns",
    };

    /// <summary>The exporter's name for a counter without a unit.</summary>
    public static string PrometheusName(Instrument counter) => counter.Name.Replace('-', '_').Replace('.', '_') + "_total";

    /// <summary>Orleans' unit-less counters published in this process (a listener is told of every existing instrument on start).</summary>
    public static IReadOnlyList<Instrument> UnitlessOrleansCounters()
    {
        var published = new List<Instrument>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, _) =>
        {
            lock (published)
            {
                published.Add(instrument);
            }
        };
        listener.Start();
        lock (published)
        {
            return published
                .Where(i => i.Meter.Name == TelemetryNames.OrleansMeter && IsCounter(i) && (string.IsNullOrEmpty(i.Unit) || i.Unit.StartsWith('{')))
                .ToList();
        }
    }

    private static bool IsCounter(Instrument instrument)
    {
        var type = instrument.GetType();
        return type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>));
    }
}
