using RunStrong.Benchmarks.Load;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>Everything the directory scenario measured, and its table with the targets in docs/BENCHMARKS.md.</summary>
public sealed record DirectoryResults(
    int Members,
    int RawWrites,
    int PayloadBytes,
    ImportPhase Import,
    RawPhase RawBefore,
    RawPhase RawAfter,
    RosterFootprint RosterAfterImport,
    RosterFootprint RosterAtEnd,
    WalkResult Walk,
    SearchCheck Searches,
    IReadOnlyList<ReadPhaseResult> Reads,
    long ReadsSampledPeakBytes,
    long? ReadsHwmBytes,
    FreshnessResult Freshness,
    CpuShares FreshnessCpu,
    long? SiloRssAfterBytes)
{
    public const double FirstPageP99Ms = 50;
    public const double SearchP99Ms = 100;
    public const double FreshnessP99Ms = 5_000;
    public const double RatioTarget = 0.8;

    public void Write(TextWriter output)
    {
        var rawBefore = RawWrites / RawBefore.Time.TotalSeconds;
        var rawAfter = RawWrites / RawAfter.Time.TotalSeconds;
        var ratioBefore = Import.MembersPerSecond / rawBefore;
        var ratioAfter = Import.MembersPerSecond / rawAfter;
        var job = Import.Job;

        WriteHeader(output);
        Row(output, "import: upload (POST -> 202)", Invariant($"{Import.UploadTime.TotalSeconds:0.0} s"));
        Row(output, "import: wall time (202 -> completed)", Invariant($"{Import.Time.TotalSeconds:0.0} s"));
        Row(output, "import: members/s (job's own rate)", Invariant($"{Import.MembersPerSecond:0} ({job.Rate:0})"));
        Row(output, "raw upserts/s BEFORE the import (clean store)", Invariant($"{rawBefore:0} ({RawWrites:N0} x {PayloadBytes} B, {RawBefore.Time.TotalSeconds:0.0} s)"));
        Row(output, "raw upserts/s AFTER the import (store + import)", Invariant($"{rawAfter:0} ({RawWrites:N0} x {PayloadBytes} B, {RawAfter.Time.TotalSeconds:0.0} s)"));
        Row(output, "ratio members/s / raw BEFORE", Invariant($"{ratioBefore:0.000}"), Verdict(ratioBefore >= RatioTarget, Invariant($">= {RatioTarget}")));
        Row(output, "ratio members/s / raw AFTER (issue 5's order)", Invariant($"{ratioAfter:0.000}"), Verdict(ratioAfter >= RatioTarget, Invariant($">= {RatioTarget}")));
        Row(output, "job total/processed/created/updated/unch./failed",
            Invariant($"{job.Total}/{job.Processed}/{job.Created}/{job.Updated}/{job.Unchanged}/{job.Failed}"), Verdict(job.CreatedExactly(Members), Invariant($"all {Members}, failed 0")));
        Row(output, "cores: import", Import.Cpu.ToString());
        Row(output, "cores: raw before / after", $"{RawBefore.Cpu} / {RawAfter.Cpu}");
        Row(output, "CPU ms per member (import)", Import.Cpu.MillisecondsPerItem(Import.Time, job.Processed));
        Row(output, "CPU ms per upsert (raw before)", RawBefore.Cpu.MillisecondsPerItem(RawBefore.Time, RawWrites));
        Row(output, "CPU ms per upsert (raw after)", RawAfter.Cpu.MillisecondsPerItem(RawAfter.Time, RawWrites));

        Row(output, Invariant($"walk by name ({Walk.Pages} pages, 1 reader)"),
            Invariant($"{Walk.Listed:N0} listed, {Walk.Distinct:N0} distinct, total {Walk.Total:N0}"), Verdict(Walk.ExactlyOnce(Members), Invariant($"each of {Members} once")));
        Row(output, "walk: page ms p50 / p99 / max", Invariant($"{Walk.LatencyMs[0]:0.0} / {Walk.LatencyMs[1]:0.0} / {Walk.LatencyMs[2]:0.0} ({Walk.Elapsed.TotalSeconds:0.0} s)"));
        Row(output, Invariant($"searches ({Searches.Searches}) that found nobody"),
            Invariant($"{Searches.FoundNobody.Count}{(Searches.FoundNobody.Count > 0 ? ": " + string.Join(", ", Searches.FoundNobody.Take(5)) : "")}"), Verdict(Searches.FoundNobody.Count == 0, "0"));
        Row(output, "searches alone: mean total, ms p50 / p99", Invariant($"{Searches.MeanTotal:0} matches, {Searches.LatencyMs[0]:0.0} / {Searches.LatencyMs[1]:0.0}"));
        Row(output, "searches, e.g.", string.Join(" | ", Searches.Examples));

        foreach (var read in Reads)
        {
            var o = read.Outcome;
            Row(output, Invariant($"{read.Name}: req/s at {DirectoryScenario.Readers} readers"), Invariant($"{o.RequestsPerSecond:0} ({o.Succeeded:N0} ok, {o.Errors} errors)"));
            Row(output, Invariant($"{read.Name}: ms p50 / p95 / p99 / max"), Invariant($"{o.P50Ms:0.0} / {o.P95Ms:0.0} / {o.P99Ms:0.0} / {o.MaxMs:0.0}"),
                read.P99TargetMs is { } target ? Verdict(read.Met, Invariant($"p99 <= {target} ms")) : "");
            Row(output, Invariant($"{read.Name}: cores; CPU us/request"), $"{read.Cpu}; {read.CpuPerRequest()}");
        }

        var f = Freshness;
        var freshnessMet = f.Visible > 0 && f.TimedOut == 0 && f.DelayMs[1] <= FreshnessP99Ms;
        Row(output, "risk high -> visible in sort=risk ms p50 / p99 / max",
            Invariant($"{f.DelayMs[0]:0} / {f.DelayMs[1]:0} / {f.DelayMs[2]:0}"), Verdict(freshnessMet, Invariant($"p99 <= {FreshnessP99Ms} ms")));
        Row(output, "risk: sampled / seen high / already high / timed out",
            Invariant($"{f.Sampled} / {f.Visible} / {f.AlreadyHigh} / {f.TimedOut} ({f.Polls} reads, every {RiskFreshnessProbe.PollInterval.TotalMilliseconds:0} ms)"));
        if (f.FirstMiss is not null)
        {
            Row(output, "risk: first member not seen in time", f.FirstMiss);
        }

        Row(output, "cores: risk probe", FreshnessCpu.ToString());

        WriteRoster(output, "roster after import", RosterAfterImport);
        WriteRoster(output, "roster at end", RosterAtEnd);

        Row(output, Invariant($"silo peak RSS during import (sampled / VmHWM{(Import.PeakReset ? "" : " since start")})"), Invariant($"{Mb(Import.SampledPeakBytes)} / {Mb(Import.HwmBytes)}"));
        Row(output, "silo peak RSS during reads (sampled / VmHWM)", Invariant($"{Mb(ReadsSampledPeakBytes)} / {Mb(ReadsHwmBytes)}"));
        Row(output, "silo RSS at the end", Mb(SiloRssAfterBytes));
    }

    private void WriteRoster(TextWriter output, string what, RosterFootprint roster) =>
        Row(output, Invariant($"{what}: bytes per member"),
            Invariant($"{(double)roster.Bytes / Members:0} B ({roster.Bytes / 1e6:0.0} MB: {roster.Snapshots} snapshots {roster.SnapshotBytes / 1e6:0.0} MB, {roster.Logs} logs {roster.LogBytes / 1e6:0.0} MB)"));

    private static string Mb(long? bytes) => bytes is { } b ? Invariant($"{b / 1048576.0:0} MB") : "n/a";
}
