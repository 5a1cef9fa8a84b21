using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// Everything the challenge scenario measured, and its results table with the targets: freshness p99 at most
/// 1 s, leaderboard read p99 at most 20 ms, the offered log rate achieved, and exact scores.
/// </summary>
public sealed record ChallengeResults(
    ClubRoster Roster,
    BenchmarkOptions Options,
    TimeSpan Duration,
    IReadOnlyList<SetupStep> Setup,
    TimeSpan SetupTime,
    CpuShares SetupCpu,
    PacedOutcome Paced,
    RunLogLoad Writes,
    LoadOutcome Unenrolled,
    LoadOutcome Reads,
    LoadOutcome? DirectReads,
    CpuShares LoadCpu,
    StorageTrafficScrape StorageTraffic,
    FreshnessProbe Freshness,
    ScoreLedger Ledger,
    int UnknownRuns,
    ExactnessReport Exactness,
    StorageFootprint Footprint,
    RetryAfterHandler SetupShedding)
{
    private const double ReadP99TargetMs = 20, FreshnessP99TargetMs = 1_000, AckP99TargetMs = 1_000, SiloCpuPerRunTargetMs = 1, BytesPerRunTarget = 2_048;
    private const int MismatchesShown = 10;

    /// <summary>Scores exact: no mismatch, no run stored twice, no run whose outcome stayed unknown.</summary>
    public bool Exact => Exactness.Exact && Ledger.RunsCreatedTwice == 0 && UnknownRuns == 0;

    public void Write(TextWriter output)
    {
        WriteHeader(output);
        Row(output, "setup total", Invariant($"{SetupTime.TotalSeconds:0.0} s"));
        foreach (var step in Setup)
        {
            Row(output, $"  {step.Name}", Invariant($"{step.Requests:N0} in {step.Elapsed.TotalSeconds:0.0} s ({step.PerSecond:0}/s), {step.Retries} retried"));
        }

        Row(output, "  cores during setup", SetupCpu.ToString());
        Row(output, "  setup and check answers 429/503 (with Retry-After)", Invariant($"{SetupShedding.Shed:N0} ({SetupShedding.WithRetryAfter:N0})"));

        var acknowledged = Writes.Acknowledged;
        var achieved = acknowledged / Paced.SendingTime.TotalSeconds;
        Row(output, "runs offered (planned sends)", Invariant($"{Paced.Planned:N0} at {Options.LogRate}/s over {Duration.TotalSeconds:0} s"));
        Row(output, "runs sent / skipped (in-flight bound)", Invariant($"{Paced.Started:N0} ({Paced.StartedPerSecond:0}/s) / {Paced.Skipped:N0}, peak in flight {Paced.PeakInFlight}"));
        Row(output, "achieved log rate (2xx / s)", Invariant($"{achieved:0} ({acknowledged:N0} acknowledged)"), Verdict(achieved >= Options.LogRate * 0.98, Invariant($">= {Options.LogRate * 0.98:0}")));
        Row(output, "answers by status", string.Join(" ", Writes.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => Invariant($"{a.Key}:{a.Value:N0}"))));
        Row(output, "shed 429/503 (with Retry-After), resent", Invariant($"{Writes.ShedAnswers:N0} ({Writes.ShedWithRetryAfter:N0}), {Writes.Resends:N0}"), Verdict(Writes.ShedAnswers == Writes.ShedWithRetryAfter, "all with Retry-After"));
        Row(output, "other non-2xx or no answer", Invariant($"{Writes.Failures:N0}"), Verdict(Writes.Failures == 0, "0"));
        if (Writes.FirstFailure is { } failure)
        {
            Row(output, "  first", Truncate(failure, 160));
        }

        var ack = Writes.AcknowledgePercentiles();
        Row(output, "run acknowledge ms p50 / p99 / max", Invariant($"{ack[0]:0.0} / {ack[1]:0.0} / {ack[2]:0.0}"), Verdict(ack[1] <= AckP99TargetMs, Invariant($"p99 <= {AckP99TargetMs} ms")));
        var sinceFirst = Writes.AcknowledgeSinceFirstSendPercentiles();
        Row(output, "  from first send, Retry-After waits incl.", Invariant($"{sinceFirst[0]:0.0} / {sinceFirst[1]:0.0} / {sinceFirst[2]:0.0}"));
        Row(output, "  control, athletes in no challenge", Invariant(
            $"{Unenrolled.P50Ms:0.0} / {Unenrolled.P99Ms:0.0} / {Unenrolled.MaxMs:0.0} ({Unenrolled.Succeeded} runs 1 at a time, {Unenrolled.Errors} not 2xx)"));
        Row(output, "repeats sent / answered 201 (overtook)", Invariant($"{Writes.RepeatsSent:N0} / {Writes.RepeatsCreated:N0}"));
        Row(output, "runs counted / stored twice (201 twice)", Invariant($"{Ledger.RunsCounted:N0} / {Ledger.RunsCreatedTwice}"), Verdict(Ledger.RunsCreatedTwice == 0, "0 twice"));
        Row(output, "runs with unknown outcome after resending", Invariant($"{UnknownRuns}"), Verdict(UnknownRuns == 0, "0"));

        Row(output, "leaderboard reads (top 50), shed, errors", Invariant($"{Reads.Succeeded:N0} ({Reads.RequestsPerSecond:0}/s), {Reads.Shed:N0} shed (Retry-After waited), {Reads.Errors} errors"));
        Row(output, "leaderboard read ms p50 / p99 / max", Invariant($"{Reads.P50Ms:0.00} / {Reads.P99Ms:0.00} / {Reads.MaxMs:0.00}"), Verdict(Reads.P99Ms <= ReadP99TargetMs, Invariant($"p99 <= {ReadP99TargetMs} ms")));
        if (Reads.FirstError is { } readError)
        {
            Row(output, "  first error", Truncate(readError, 160));
        }

        if (DirectReads is { } direct)
        {
            Row(output, "  straight to the silo: reads, errors", Invariant($"{direct.Succeeded:N0} ({direct.RequestsPerSecond:0}/s), {direct.Errors} errors"));
            Row(output, "  straight to the silo: ms p50 / p99 / max", Invariant($"{direct.P50Ms:0.00} / {direct.P99Ms:0.00} / {direct.MaxMs:0.00}"));
        }

        var (visible, untilSnapshot, count) = Freshness.Percentiles();
        Row(output, "freshness samples / timed out / skipped", Invariant($"{count:N0} / {Freshness.TimedOut} / {Freshness.Skipped}"));
        Row(output, "ack -> visible ms p50 / p99 / max", Invariant($"{visible[0]:0} / {visible[1]:0} / {visible[2]:0}"), Verdict(visible[1] <= FreshnessP99TargetMs && Freshness.TimedOut == 0, Invariant($"p99 <= {FreshnessP99TargetMs} ms")));
        Row(output, "  ack -> snapshot built ms p50 / p99 / max", Invariant($"{untilSnapshot[0]:0} / {untilSnapshot[1]:0} / {untilSnapshot[2]:0}"));
        Row(output, "  standing reads / 404 / failed", Invariant($"{Freshness.Reads:N0} / {Freshness.NotListed} / {Freshness.FailedReads}"));
        Row(output, "cores during load", LoadCpu.ToString());
        Row(output, "CPU ms per acknowledged run", LoadCpu.MillisecondsPerItem(LoadCpu.Wall, acknowledged), Verdict(SiloCpuPerRunMs(acknowledged) <= SiloCpuPerRunTargetMs, Invariant($"silo <= {SiloCpuPerRunTargetMs} ms")));
        // The readers are closed loop, so they take whatever CPU is free: per request of any kind too.
        var requests = acknowledged + Writes.ShedAnswers + Reads.Succeeded + Reads.Shed + Reads.Errors + (DirectReads?.Succeeded ?? 0) + Unenrolled.Succeeded + Freshness.Reads;
        Row(output, "CPU ms per request, all kinds", Invariant($"{LoadCpu.MillisecondsPerItem(LoadCpu.Wall, requests)} ({requests:N0} requests: runs, shed, reads, control, standings)"));
        var bytesPerRun = StorageTraffic.TotalBytes / (double)Math.Max(1, acknowledged);
        Row(output, "storage per acknowledged run: requests, bytes", Invariant(
            $"{StorageTraffic.TotalRequests / (double)Math.Max(1, acknowledged):0.000} req, {bytesPerRun:0} B ({StorageTraffic.TotalRequests:N0} req, {StorageTraffic.TotalBytes / 1024.0 / 1024.0:0.0} MB in all)"), Verdict(bytesPerRun <= BytesPerRunTarget, Invariant($"<= {BytesPerRunTarget} B")));
        Row(output, "  requests per run by service, method", StorageTraffic.RequestsPer(acknowledged));
        Row(output, "blob rewritten per shard commit / per run", Invariant(
            $"{Footprint.ShardBlobs} shards, {Footprint.ShardBytesAverage / 1024.0:0.0} KB avg ({Footprint.ShardBytesMax / 1024.0:0.0} max) / athlete {(Footprint.AthleteBytes ?? 0) / 1024.0:0.0} KB"));

        var settle = Exactness.Settled ? Invariant($"{Exactness.SettleTime.TotalSeconds:0.0} s") : Invariant($"NOT settled in {Exactness.SettleTime.TotalSeconds:0} s");
        Row(output, "leaderboard settled after load", Invariant($"{settle} (version {Exactness.Version})"));
        Row(output, "participants", Invariant($"{Exactness.Participants:N0}"), Verdict(Exactness.Participants == Roster.Athletes, Invariant($"== {Roster.Athletes:N0}")));
        Row(output, "sum over teams / expected total (km)", Invariant($"{Hundredths.Format(Exactness.TeamSum)} / {Hundredths.Format(Exactness.ExpectedTotal)}"), Verdict(Exactness.TeamSum == Exactness.ExpectedTotal, "equal"));
        Row(output, "teams / athletes checked, mismatches", Invariant($"{Exactness.TeamsChecked} / {Exactness.AthletesChecked:N0}, {Exactness.Mismatches.Count}"), Verdict(Exactness.Exact, "0 mismatches"));
        Row(output, "exact", Exact ? "yes" : "no", Verdict(Exact, "yes"));
        foreach (var mismatch in Exactness.Mismatches.Take(MismatchesShown))
        {
            Row(output, "  mismatch", mismatch);
        }
    }

    private double SiloCpuPerRunMs(long acknowledged) =>
        LoadCpu.CoresByProcess.FirstOrDefault(p => p.Key == "silo").Value * LoadCpu.Wall.TotalMilliseconds / Math.Max(1, acknowledged);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "...";
}
