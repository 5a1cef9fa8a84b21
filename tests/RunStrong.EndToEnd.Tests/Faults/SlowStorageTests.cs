using System.Collections.Concurrent;
using System.Globalization;
using RunStrong.EndToEnd.Tests.Failover;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// Slow storage, end to end: two silo processes and the gateway reach Azurite through delaying proxies
/// (<see cref="ProcessClusterOptions.DelayableStorage"/>). An open-loop load (requests arrive at a fixed rate
/// whatever the answers, as real clients do) runs through a baseline at full storage speed, then
/// <see cref="SlowDelay"/> added to every storage call for <see cref="SlowPhase"/>, then full speed again. The
/// slow cluster acknowledges far fewer writes than arrive; the gateway must keep what it answers fast (p99 bound),
/// turn the rest away at once with 503 + Retry-After (no hang, no 5xx without it), lose nothing it
/// acknowledged, and be back at the baseline once storage is.
/// </summary>
public sealed class SlowStorageTests
{
    private static readonly TimeSpan SlowDelay = TimeSpan.FromMilliseconds(200);

    private const int Silos = 2;

    /// <summary>
    /// Few, busy athletes: an athlete's grain handles one request at a time, so once each write costs a slow storage
    /// call (200 ms and more), 40 writes/s over 8 athletes is more than they can take, and requests queue on the grains.
    /// At full storage speed the same load is a small fraction of what two silos take even on a shared 2-core machine.
    /// </summary>
    private const int Athletes = 8;

    /// <summary>Writes and reads arriving per second, in every phase.</summary>
    private const double WritesPerSecond = 40;

    private const double ReadsPerSecond = 10;

    /// <summary>
    /// Answered requests sent while storage is slow: p99 at most this. The gateway's latency target is 500 ms
    /// (Gateway:LatencyTargetMilliseconds); its limit reacts within a window, so a few answers overshoot it.
    /// </summary>
    private const double SlowP99BoundSeconds = 2.5;

    /// <summary>Once storage is fast again (the last <see cref="Recovered"/> of the load): p99 at most this, and nearly everything answered.</summary>
    private const double RecoveredP99BoundSeconds = 1;

    private const double RecoveredAnsweredShare = 0.95;

    /// <summary>At full storage speed the load must be well within what the cluster takes, or the test measures nothing.</summary>
    private const double BaselineAnsweredShare = 0.95;

    private static readonly TimeSpan Baseline = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan BaselineWarmup = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SlowPhase = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(20);

    /// <summary>The last part of the recovery phase, which must be back at the baseline.</summary>
    private static readonly TimeSpan Recovered = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight from the test at once (one connection each): far above what the gateway admits.</summary>
    private const int ClientConnections = 2048;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 240_000)]
    public async Task With_200_ms_added_to_every_storage_call_the_gateway_keeps_p99_bounded_and_sheds_the_rest_with_retry_after()
    {
        var timeline = new Timeline();
        await using var cluster = await ProcessCluster.StartAsync(
            new ProcessClusterOptions { Silos = Silos, Discovery = true, DelayableStorage = true, Log = timeline.Event, ProcessOutput = timeline.ProcessLine },
            Cancel);
        var (now, asOf) = (DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        using var gym = await GymClient.CreateAsync(cluster, Athletes, timeline, Cancel, ClientConnections);

        var outcomes = new ConcurrentQueue<Outcome>();
        var writes = new ConcurrentQueue<(PlannedRun Run, Outcome Outcome)>();
        var requests = new ConcurrentQueue<Task>();
        var random = new Random(2026);
        var sequence = 0;

        void Write()
        {
            var run = PlannedRun.Random(random, $"s{Interlocked.Increment(ref sequence):D6}", gym.Athletes[random.Next(gym.Athletes.Count)], now);
            requests.Enqueue(Task.Run(async () =>
            {
                var outcome = await gym.LogRunAsync(run, Cancel);
                outcomes.Enqueue(outcome);
                writes.Enqueue((run, outcome));
            }, Cancel));
        }

        void Read()
        {
            var athlete = gym.Athletes[random.Next(gym.Athletes.Count)];
            requests.Enqueue(Task.Run(async () => outcomes.Enqueue(await gym.ReadAthleteAsync(athlete, asOf, Cancel)), Cancel));
        }

        var loadStart = timeline.Now;
        var slowFrom = loadStart + Baseline.TotalSeconds;
        var slowUntil = slowFrom + SlowPhase.TotalSeconds;
        var loadEnd = slowUntil + Recovery.TotalSeconds;
        timeline.Event($"open-loop load: {WritesPerSecond}/s run writes and {ReadsPerSecond}/s reads over {Athletes} athletes; storage +{SlowDelay.TotalMilliseconds:F0} ms from {Baseline.TotalSeconds:F0} s for {SlowPhase.TotalSeconds:F0} s");
        var (writesDue, readsDue, slowSet, fastSet) = (0.0, 0.0, false, false);
        for (var t = timeline.Now; t < loadEnd; t = timeline.Now)
        {
            if (!slowSet && t >= slowFrom)
            {
                cluster.StorageDelay = SlowDelay;
                slowSet = true;
                timeline.Event($"storage slowed: +{SlowDelay.TotalMilliseconds:F0} ms per call");
            }

            if (!fastSet && t >= slowUntil)
            {
                cluster.StorageDelay = TimeSpan.Zero;
                fastSet = true;
                timeline.Event("storage back to full speed");
            }

            // Arrivals due by now, whatever is still in flight: an open loop.
            var elapsed = t - loadStart;
            for (; writesDue < elapsed * WritesPerSecond; writesDue++)
            {
                Write();
            }

            for (; readsDue < elapsed * ReadsPerSecond; readsDue++)
            {
                Read();
            }

            await Task.Delay(5, Cancel);
        }

        await Task.WhenAll(requests);
        timeline.Event($"load over; the last answers came by {timeline.Now:F2} s");

        var all = outcomes.ToList();
        // The first seconds warm the hosts up (JIT, connections, the runs' first writes): the baseline leaves them out.
        var baseline = PhaseFigures.Of("baseline", all, loadStart + BaselineWarmup.TotalSeconds, slowFrom);
        var slow = PhaseFigures.Of("slow", all, slowFrom, slowUntil);
        var recovery = PhaseFigures.Of("recovery", all, slowUntil, loadEnd);
        var recovered = PhaseFigures.Of("recovered", all, loadEnd - Recovered.TotalSeconds, loadEnd);
        timeline.Write($"figures by phase (a request counts in the phase it was sent in):{Environment.NewLine}{baseline}{Environment.NewLine}{slow}{Environment.NewLine}{recovery}{Environment.NewLine}{recovered}");
        timeline.Write(PerSecond(all, loadStart, loadEnd));

        // Nothing acknowledged is lost and nothing is stored twice: every write not acknowledged is sent again
        // (same run id, so stored at most once) until it is, and then each athlete's week adds up to all of them.
        var unresolved = await ReconcileAsync(gym, [.. writes], timeline);
        var mismatches = await CompareWithSummariesAsync(gym, asOf, writes.Select(w => w.Run));

        Assert.True(baseline.Answered >= BaselineAnsweredShare * baseline.Sent,
            $"At full storage speed only {baseline.Answered} of {baseline.Sent} requests were answered: the offered load is above what this machine's cluster takes, so the slow phase says nothing.{Environment.NewLine}{baseline}");
        Assert.True(unresolved.Count == 0, $"Writes never acknowledged even after the load: {string.Join("; ", unresolved.Take(10))}");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} athlete(s) whose stored runs differ from the written ones:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(20))}");
        Assert.True(slow.Failed == 0 && baseline.Failed == 0 && recovery.Failed == 0,
            $"Requests neither answered nor shed with Retry-After (hangs, timeouts, 5xx without Retry-After):{Environment.NewLine}{baseline}{Environment.NewLine}{slow}{Environment.NewLine}{recovery}");
        Assert.True(slow.P99 <= SlowP99BoundSeconds, $"While storage was slow, p99 of the answered requests was {slow.P99:F2} s (bound {SlowP99BoundSeconds} s).{Environment.NewLine}{slow}");
        Assert.True(slow.Shed > 0, $"Storage was slow and the load above what the cluster then takes, yet nothing was shed: {slow}");
        Assert.True(recovered.Answered >= RecoveredAnsweredShare * recovered.Sent && recovered.P99 <= RecoveredP99BoundSeconds,
            $"{Recovered.TotalSeconds:F0} s into full-speed storage again, {recovered.Answered} of {recovered.Sent} requests were answered with p99 {recovered.P99:F2} s " +
            $"(bounds: {RecoveredAnsweredShare:P0}, {RecoveredP99BoundSeconds} s).{Environment.NewLine}{recovered}");
    }

    /// <summary>Requests sent and answered (2xx) per second of load, and the p99 of those answered.</summary>
    private static string PerSecond(List<Outcome> all, double from, double to)
    {
        var text = new System.Text.StringBuilder("per second of load: sent, answered, shed, other failures, p99 of answered (ms)");
        for (var second = 0; from + second < to; second++)
        {
            var figures = PhaseFigures.Of($"{second,3} s", all, from + second, from + second + 1);
            text.Append(CultureInfo.InvariantCulture,
                $"{Environment.NewLine}  {second,3} s {figures.Sent,5} {figures.Answered,5} {figures.Shed,5} {figures.Failed,5} {figures.P99 * 1000,7:F0}");
        }

        return text.ToString();
    }

    /// <summary>Sends every write that was not acknowledged again until it is (at most 60 s each); returns those that never were.</summary>
    private static async Task<IReadOnlyList<Outcome>> ReconcileAsync(GymClient gym, List<(PlannedRun Run, Outcome Outcome)> writes, Timeline timeline)
    {
        var pending = writes.Where(w => !w.Outcome.Succeeded).Select(w => w.Run).ToList();
        var unresolved = new ConcurrentQueue<Outcome>();
        var storedBefore = 0;
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Cancel }, async (run, token) =>
        {
            var deadline = timeline.Now + 60;
            var outcome = await gym.LogRunAsync(run, token);
            while (!outcome.Succeeded && timeline.Now < deadline)
            {
                await Task.Delay(250, token);
                outcome = await gym.LogRunAsync(run, token);
            }

            if (!outcome.Succeeded)
            {
                unresolved.Enqueue(outcome);
            }
            else if (outcome.Status == 200)
            {
                Interlocked.Increment(ref storedBefore);
            }
        });
        timeline.Write($"re-sent {pending.Count} writes not acknowledged during the load: {storedBefore} had been stored by the unacknowledged attempt (200), {unresolved.Count} never acknowledged");
        return [.. unresolved];
    }

    /// <summary>Athletes whose last-7-days run count or distance differs from what <paramref name="runs"/> add up to.</summary>
    private static async Task<IReadOnlyList<string>> CompareWithSummariesAsync(GymClient gym, DateOnly asOf, IEnumerable<PlannedRun> runs)
    {
        var expected = runs.GroupBy(r => r.Athlete).ToDictionary(g => g.Key, g => (Runs: g.Count(), DistanceKm: Math.Round(g.Sum(r => r.DistanceKm), 2)));
        var mismatches = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(gym.Athletes, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Cancel }, async (athlete, token) =>
        {
            var want = expected.GetValueOrDefault(athlete);
            var got = await gym.Last7DaysAsync(athlete, asOf, token);
            if (got.Runs != want.Runs || Math.Abs(got.DistanceKm - want.DistanceKm) > 0.05)
            {
                mismatches.Enqueue($"{athlete}: stored {got.Runs} runs / {got.DistanceKm} km, written {want.Runs} / {want.DistanceKm} km");
            }
        });
        return [.. mismatches];
    }
}
