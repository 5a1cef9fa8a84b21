using System.Diagnostics.Metrics;
using RunStrong.ServiceDefaults;

namespace RunStrong.Silo.Telemetry;

/// <summary>
/// Member-import instruments on RunStrong's meter. Import rows a second is the rate of
/// <see cref="ImportRows"/> (<c>rate(runstrong_import_rows_total[1m])</c>). No tenant or import ids.
/// </summary>
public sealed class ImportMetrics
{
    public const string ImportRows = "runstrong.import.rows";
    public const string ImportsActive = "runstrong.imports.active";

    /// <summary>The one attribute of <see cref="ImportRows"/>: what became of the row.</summary>
    public const string OutcomeAttribute = "outcome";

    private static readonly KeyValuePair<string, object?> Created = new(OutcomeAttribute, "created");
    private static readonly KeyValuePair<string, object?> Updated = new(OutcomeAttribute, "updated");
    private static readonly KeyValuePair<string, object?> Unchanged = new(OutcomeAttribute, "unchanged");
    private static readonly KeyValuePair<string, object?> Failed = new(OutcomeAttribute, "failed");
    private static readonly KeyValuePair<string, object?> Validated = new(OutcomeAttribute, "validated");

    private readonly Counter<long> rows;
    private readonly UpDownCounter<long> active;

    public ImportMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(TelemetryNames.RunStrong);
        rows = meter.CreateCounter<long>(
            ImportRows, "{row}",
            "Member-file rows processed by import jobs, by outcome: created, updated, unchanged, failed (invalid), validated (a valid row of a dry run). " +
            "A batch redone after a crash counts again.");
        active = meter.CreateUpDownCounter<long>(
            ImportsActive, "{import}", "Import jobs being worked on by this silo (queued or running).");
    }

    /// <summary>One checkpointed batch's rows.</summary>
    public void RowsProcessed(long created, long updated, long unchanged, long failed, long validated)
    {
        Add(created, Created);
        Add(updated, Updated);
        Add(unchanged, Unchanged);
        Add(failed, Failed);
        Add(validated, Validated);
    }

    public void JobStarted() => active.Add(1);

    public void JobStopped() => active.Add(-1);

    private void Add(long count, KeyValuePair<string, object?> outcome)
    {
        if (count > 0)
        {
            rows.Add(count, outcome);
        }
    }
}
