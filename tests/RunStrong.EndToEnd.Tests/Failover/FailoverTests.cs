using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>
/// Failover and graceful drain, end to end: three silo processes and the gateway process on their own
/// Azurite (<see cref="ProcessCluster"/>), the gateway finding the silos from cluster membership. A silo
/// SIGKILLed under write load loses no acknowledged run and writes recover within a bound; replacing every
/// silo one by one (SIGTERM after its successor is ready) fails no request at all. Timings go to the test
/// output on one clock with the cluster's events and the processes' logs.
/// </summary>
public sealed class FailoverTests
{
    /// <summary>
    /// Recovery after a SIGKILL: no stretch without an acknowledged write may last longer than this (the
    /// target in docs/OPERATIONS.md, "Failure detection and recovery"; measured 0.3-0.9 s there).
    /// </summary>
    private const double RecoveryBoundSeconds = 5;

    /// <summary>
    /// Time until the write rate is back to 90 % of before the kill. Looser than the silence bound: on a
    /// shared 2-core machine the rate itself wobbles by a factor of two (measured 0.7-5.6 s).
    /// </summary>
    private const double RateRecoveryBoundSeconds = 10;

    private const int KillAthletes = 200;
    private const int KillWriters = 16;
    private static readonly TimeSpan KillLoad = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(8);

    /// <summary>After the load ends, a writer still retrying its last run keeps at it this long.</summary>
    private static readonly TimeSpan RetryAfterLoad = TimeSpan.FromSeconds(30);

    private const int RollingAthletes = 100;
    private const int RollingWriters = 6;
    private const int RollingReaders = 3;

    /// <summary>Time for the gateway to learn a new silo's endpoint: its announcement period (2 s) plus one discovery poll (1 s).</summary>
    private static readonly TimeSpan DiscoverySettle = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan MembershipTimeout = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 180_000)]
    public async Task Killing_one_of_three_silos_under_write_load_loses_no_acknowledged_run()
    {
        var timeline = new Timeline();
        await using var cluster = await StartClusterAsync(3, timeline);
        var (now, asOf) = (DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        using var gym = await GymClient.CreateAsync(cluster, KillAthletes, timeline, Cancel);

        var acknowledged = new ConcurrentQueue<(PlannedRun Run, Outcome Ack, int Attempts, double FirstTry)>();
        var failed = new ConcurrentQueue<Outcome>();
        var rejected = new ConcurrentQueue<Outcome>();
        var unresolved = new ConcurrentQueue<PlannedRun>();
        var loadStart = timeline.Now;
        var loadEnd = loadStart + KillLoad.TotalSeconds;
        var giveUpAt = loadEnd + RetryAfterLoad.TotalSeconds;
        timeline.Event($"write load: {KillWriters} writers for {KillLoad.TotalSeconds:F0} s, failed writes retried with the same run id");

        async Task WriteAsync(int writer)
        {
            var random = new Random(7919 * (writer + 1));
            for (var sequence = 1; timeline.Now < loadEnd; sequence++)
            {
                var run = PlannedRun.Random(random, $"w{writer:D2}-{sequence:D5}", gym.Athletes[random.Next(gym.Athletes.Count)], now);
                var firstTry = timeline.Now;
                for (var attempt = 1; ; attempt++)
                {
                    var outcome = await gym.LogRunAsync(run, Cancel);
                    if (outcome.Succeeded)
                    {
                        acknowledged.Enqueue((run, outcome, attempt, firstTry));
                        break;
                    }

                    failed.Enqueue(outcome);
                    if (outcome.Status is 400 or 422)
                    {
                        // Invalid input is never right on a retry: a bug in this test, reported below.
                        rejected.Enqueue(outcome);
                        break;
                    }

                    if (timeline.Now > giveUpAt)
                    {
                        unresolved.Enqueue(run);
                        break;
                    }

                    await Task.Delay(100, Cancel);
                }
            }
        }

        var writers = Enumerable.Range(0, KillWriters).Select(w => Task.Run(() => WriteAsync(w), Cancel)).ToList();
        await Task.Delay(KillAfter, Cancel);
        const int victim = 0;
        var killAt = timeline.Now;
        await cluster.KillSiloAsync(victim);
        var declaredDead = timeline.SecondsUntilAsync(() => cluster.Membership.WaitForActiveAsync(2, MembershipTimeout, Cancel), killAt);
        await Task.WhenAll(writers);
        timeline.Event($"load over; the last retried writes finished at {timeline.Now:F2} s");
        var deadAfter = await declaredDead;

        var acks = acknowledged.ToList();
        var recovery = WriteRecovery.Of([.. acks.Select(a => a.Ack.End)], loadStart, killAt, loadEnd);
        timeline.Write(
            $"{acks.Count} runs acknowledged ({acks.Count(a => a.Ack.Status == 200)} of them with 200: stored by an attempt whose answer was lost), " +
            $"{failed.Count} failed attempts, {unresolved.Count} runs never acknowledged, {rejected.Count} rejected");
        timeline.Write($"membership: {cluster.Silos[victim].Name} declared dead {Describe(deadAfter)} after the kill");
        timeline.Write(FailureText.ByKind(failed, killAt, "kill"));
        var slowest = acks.Where(a => a.Ack.End >= killAt).OrderByDescending(a => a.Ack.End - a.FirstTry).FirstOrDefault();
        if (slowest.Run is not null)
        {
            timeline.Write($"slowest acknowledged run after the kill: {slowest.Ack.End - slowest.FirstTry:F2} s from first try to acknowledgement, {slowest.Attempts} attempt(s)");
        }

        timeline.Write($"recovery (silence bound {RecoveryBoundSeconds} s, rate bound {RateRecoveryBoundSeconds} s): {recovery}");

        // Every acknowledged run is there exactly once: per athlete, the count and the distance.
        var mismatches = await gym.MismatchesAsync(asOf, acks.Select(a => a.Run), Cancel);
        Assert.True(rejected.IsEmpty, $"Runs rejected as invalid (a test bug): {string.Join("; ", rejected.Take(5))}");
        Assert.True(unresolved.IsEmpty, $"{unresolved.Count} run(s) never acknowledged, the last tries {RetryAfterLoad.TotalSeconds} s after the load: {string.Join(", ", unresolved.Take(10).Select(r => r.Id))}");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} athlete(s) whose stored runs differ from the acknowledged ones:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(20))}");
        Assert.True(recovery.LongestSilence <= RecoveryBoundSeconds, $"No write was acknowledged for {recovery.LongestSilence:F2} s after the kill (bound {RecoveryBoundSeconds} s).");
        Assert.True(recovery.RateRecovered && recovery.BackToRate <= RateRecoveryBoundSeconds,
            $"The write rate was back to {WriteRecovery.RecoveredShare:P0} only {recovery.BackToRate:F1} s after the kill{(recovery.RateRecovered ? "" : " (not within the load)")} (bound {RateRecoveryBoundSeconds} s).");
    }

    [Fact(Timeout = 300_000)]
    public async Task A_rolling_restart_of_every_silo_under_load_fails_no_request()
    {
        var timeline = new Timeline();
        await using var cluster = await StartClusterAsync(3, timeline);
        var (now, asOf) = (DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        using var gym = await GymClient.CreateAsync(cluster, RollingAthletes, timeline, Cancel);

        var outcomes = new ConcurrentQueue<Outcome>();
        var writes = new ConcurrentQueue<(PlannedRun Run, Outcome Outcome)>();
        using var loadOver = new CancellationTokenSource();
        timeline.Event($"mixed load: {RollingWriters} writers (no retries) and {RollingReaders} readers");

        async Task WriteAsync(int writer)
        {
            var random = new Random(104729 * (writer + 1));
            for (var sequence = 1; !loadOver.IsCancellationRequested; sequence++)
            {
                var run = PlannedRun.Random(random, $"r{writer:D2}-{sequence:D5}", gym.Athletes[random.Next(gym.Athletes.Count)], now);
                var outcome = await gym.LogRunAsync(run, Cancel);
                outcomes.Enqueue(outcome);
                writes.Enqueue((run, outcome));
                await Task.Delay(10, Cancel);
            }
        }

        async Task ReadAsync(int reader)
        {
            var random = new Random(15485863 * (reader + 1));
            while (!loadOver.IsCancellationRequested)
            {
                outcomes.Enqueue(await gym.ReadAthleteAsync(gym.Athletes[random.Next(gym.Athletes.Count)], asOf, Cancel));
                await Task.Delay(10, Cancel);
            }
        }

        var load = Enumerable.Range(0, RollingWriters).Select(w => Task.Run(() => WriteAsync(w), Cancel))
            .Concat(Enumerable.Range(0, RollingReaders).Select(r => Task.Run(() => ReadAsync(r), Cancel)))
            .ToList();
        var terminations = new List<(double At, string Silo, double ExitedAt)>();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3), Cancel);
            var originals = cluster.RunningSilos.Select(s => s.Index).ToList();
            foreach (var original in originals)
            {
                var added = await cluster.StartSiloAsync(Cancel);
                var joined = await cluster.Membership.WaitForActiveAsync(originals.Count + 1, MembershipTimeout, Cancel);
                timeline.Event($"{added.Name} is an active member ({originals.Count + 1} active, {joined.TotalSeconds:F1} s after it was ready)");
                await Task.Delay(DiscoverySettle, Cancel);

                var name = cluster.Silos[original].Name;
                var terminatedAt = timeline.Now;
                var took = await cluster.StopSiloAsync(original, Cancel);
                terminations.Add((terminatedAt, name, timeline.Now));
                var left = await cluster.Membership.WaitForActiveAsync(originals.Count, MembershipTimeout, Cancel);
                timeline.Event($"{name} gone from membership ({originals.Count} active) {left.TotalSeconds:F1} s after it exited; drain and stop took {took.TotalSeconds:F1} s");
            }

            await Task.Delay(TimeSpan.FromSeconds(3), Cancel);
        }
        finally
        {
            await loadOver.CancelAsync();
            await Task.WhenAll(load);
        }

        timeline.Event("load over");
        var all = outcomes.ToList();
        var failures = all.Where(o => !o.Succeeded).OrderBy(o => o.End).ToList();
        timeline.Write($"{all.Count} requests ({writes.Count} writes, {all.Count - writes.Count} reads), {failures.Count} failed");
        var report = FailureReport(failures, terminations, timeline.Events);
        if (failures.Count > 0)
        {
            timeline.Write(report);
        }

        // Every write is readable afterwards. A failed write may or may not have been stored: it is sent again
        // (same run id, so at most once) before the check, so the expected set is exact either way.
        var (stored, notStored) = await ReconcileAsync(gym, [.. writes], timeline);
        var mismatches = await gym.MismatchesAsync(asOf, stored, Cancel);
        Assert.True(failures.Count == 0, $"{failures.Count} of {all.Count} requests failed during the rolling restart:{Environment.NewLine}{report}");
        Assert.True(notStored.Count == 0, $"Failed writes that could not be stored afterwards either: {string.Join("; ", notStored.Take(10))}");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} athlete(s) whose stored runs differ from the acknowledged ones:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(20))}");
    }

    private static Task<ProcessCluster> StartClusterAsync(int silos, Timeline timeline) =>
        ProcessCluster.StartAsync(
            new ProcessClusterOptions { Silos = silos, Discovery = true, Log = timeline.Event, ProcessOutput = timeline.ProcessLine },
            Cancel);

    private static string Describe(double? seconds) =>
        seconds is { } took ? string.Create(CultureInfo.InvariantCulture, $"{took:F1} s") : $"not within {MembershipTimeout.TotalSeconds:F0} s";

    /// <summary>Each failure with what happened just before it: the last SIGTERM and the last cluster event.</summary>
    private static string FailureReport(
        List<Outcome> failures, List<(double At, string Silo, double ExitedAt)> terminations, IReadOnlyList<(double At, string What)> events)
    {
        var text = new StringBuilder();
        foreach (var failure in failures.Take(100))
        {
            var term = terminations.LastOrDefault(t => t.At <= failure.End);
            var lastEvent = events.LastOrDefault(e => e.At <= failure.End);
            text.Append(CultureInfo.InvariantCulture, $"  {failure}");
            text.Append(term.Silo is null
                ? " | before any SIGTERM"
                : string.Create(CultureInfo.InvariantCulture, $" | {failure.End - term.At:F2} s after SIGTERM of {term.Silo} (it exited {term.ExitedAt - term.At:F2} s after the SIGTERM)"));
            if (lastEvent.What is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" | {failure.End - lastEvent.At:F2} s after \"{lastEvent.What}\"");
            }

            text.AppendLine();
        }

        if (failures.Count > 100)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  … and {failures.Count - 100} more");
        }

        text.Append(FailureText.ByKind(failures, terminations.Count > 0 ? terminations[0].At : 0, "first SIGTERM"));
        return text.ToString();
    }

    /// <summary>
    /// Sends every failed write again until acknowledged. Returns the runs now stored exactly once (all of
    /// them, unless a re-send never succeeded) and the re-sends that never succeeded.
    /// </summary>
    private static async Task<(IReadOnlyList<PlannedRun> Stored, IReadOnlyList<Outcome> NotStored)> ReconcileAsync(
        GymClient gym, List<(PlannedRun Run, Outcome Outcome)> writes, Timeline timeline)
    {
        var notStored = new List<Outcome>();
        var lost = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in writes.Where(w => !w.Outcome.Succeeded).Select(w => w.Run))
        {
            var deadline = timeline.Now + 30;
            var outcome = await gym.LogRunAsync(run, Cancel);
            while (!outcome.Succeeded && timeline.Now < deadline)
            {
                await Task.Delay(250, Cancel);
                outcome = await gym.LogRunAsync(run, Cancel);
            }

            timeline.Write($"re-sent failed write {run.Id}: {outcome.Status} ({(outcome.Status == 200 ? "the failed attempt had stored it" : outcome.Succeeded ? "the failed attempt had not stored it" : outcome.Error)})");
            if (!outcome.Succeeded)
            {
                notStored.Add(outcome);
                lost.Add(run.Id);
            }
        }

        return ([.. writes.Select(w => w.Run).Where(r => !lost.Contains(r.Id))], notStored);
    }


}
