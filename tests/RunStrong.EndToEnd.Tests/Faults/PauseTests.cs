using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using RunStrong.EndToEnd.Tests.Failover;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// A silo frozen with SIGSTOP for 15 s under write load, then SIGCONT, on the AppHost's three silos: the others
/// declare it dead and take over its grains; when it resumes it must not answer anything from its now stale
/// activations (its stall guard refuses, unprocessed, and the gateway sends the request elsewhere) and it
/// leaves; the AppHost starts a new process for it; and no acknowledged write is lost or doubled.
/// </summary>
public sealed partial class PauseTests(AppHostFixture platform)
{
    private const int Athletes = 120;
    private const int Writers = 14;

    /// <summary>Readers that wait longer than the pause: a request queued on the paused silo gets its answer after SIGCONT.</summary>
    private const int PatientReaders = 4;

    private static readonly TimeSpan PatientTimeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan LoadBeforePause = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan PauseFor = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LoadAfterResume = TimeSpan.FromSeconds(10);

    /// <summary>A writer still retrying its last run after the load keeps at it this long.</summary>
    private static readonly TimeSpan RetryAfterLoad = TimeSpan.FromSeconds(30);

    /// <summary>The longest stretch without an acknowledged write from the pause on (issue 17: writes resume within 10 s).</summary>
    private const double WritesResumeBoundSeconds = 10;

    /// <summary>
    /// From SIGSTOP until three active silos, a new process for the paused one and the gateway routing to three.
    /// The pause itself is 15 s of it; measured 33-47 s on the shared 2-core machine, most of the rest the new
    /// process starting under load (docs/OPERATIONS.md).
    /// </summary>
    private static readonly TimeSpan FullStrengthBound = TimeSpan.FromSeconds(90);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 240_000)]
    public async Task A_silo_paused_for_15_s_under_load_answers_nothing_stale_and_is_replaced_with_no_write_lost_or_doubled()
    {
        var timeline = new Timeline();
        var processes = new PlatformProcesses(platform);
        var before = await processes.WaitForFullStrengthAsync(TimeSpan.FromSeconds(90), null, Cancel);
        await using var logs = new ResourceLogs(platform.App, timeline, name => name == "gateway" || name.StartsWith("silo-", StringComparison.Ordinal));
        var (victim, victimPid) = before.OrderBy(s => s.Key, StringComparer.Ordinal).First();
        timeline.Event($"silos: {string.Join(", ", before.Select(s => $"{s.Key} pid {s.Value}"))}; {victim} will be paused");

        var (now, asOf) = (DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        using var gym = await GymClient.CreateAsync(platform.App.GetEndpoint("gateway", "http"), platform.AdminKey, "gym", Athletes, timeline, Cancel);
        using var patient = gym.WithTimeout(PatientTimeout);

        var acknowledged = new ConcurrentQueue<(PlannedRun Run, Outcome Ack)>();
        var failed = new ConcurrentQueue<Outcome>();
        var unresolved = new ConcurrentQueue<PlannedRun>();
        var reads = new ConcurrentQueue<(string Athlete, Outcome Outcome, int? Runs)>();
        var loadStart = timeline.Now;
        var pauseAt = loadStart + LoadBeforePause.TotalSeconds;
        var loadEnd = pauseAt + PauseFor.TotalSeconds + LoadAfterResume.TotalSeconds;
        var giveUpAt = loadEnd + RetryAfterLoad.TotalSeconds;
        timeline.Event($"load: {Writers} writers (failed writes retried with the same run id) and {PatientReaders} readers waiting up to {PatientTimeout.TotalSeconds:F0} s");

        async Task WriteAsync(int writer)
        {
            var random = new Random(7907 * (writer + 1));
            for (var sequence = 1; timeline.Now < loadEnd; sequence++)
            {
                var run = PlannedRun.Random(random, $"p{writer:D2}-{sequence:D5}", gym.Athletes[random.Next(gym.Athletes.Count)], now);
                while (true)
                {
                    var outcome = await gym.LogRunAsync(run, Cancel);
                    if (outcome.Succeeded)
                    {
                        acknowledged.Enqueue((run, outcome));
                        break;
                    }

                    failed.Enqueue(outcome);
                    if (outcome.Status is 400 or 422 || timeline.Now > giveUpAt)
                    {
                        unresolved.Enqueue(run);
                        break;
                    }

                    await Task.Delay(100, Cancel);
                }
            }
        }

        async Task ReadAsync(int reader)
        {
            var random = new Random(6007 * (reader + 1));
            while (timeline.Now < loadEnd)
            {
                var athlete = gym.Athletes[random.Next(gym.Athletes.Count)];
                var (outcome, runs) = await patient.ReadRunCountAsync(athlete, asOf, Cancel);
                reads.Enqueue((athlete, outcome, runs));
            }
        }

        // A caller that still sends to the paused silo (requests in its sockets, a gateway that has not caught up),
        // over a connection opened before the pause, and a probe of its readiness.
        using var direct = new DirectSiloReads(
            new Uri($"https://127.0.0.1:{platform.App.GetEndpoint(victim, "cluster-https").Port}"), SigningKeyOf(victimPid), gym.TenantId, timeline);
        var warmUp = await direct.ReadRunCountAsync(gym.Athletes[0], asOf, Cancel);
        Assert.True(warmUp.Outcome.Succeeded, $"Reading directly from {victim} before the pause: {warmUp.Outcome}");
        using var readiness = new HttpClient { BaseAddress = platform.App.GetEndpoint(victim, "http"), Timeout = TimeSpan.FromSeconds(2) };

        using var members = new MembershipWatch(processes.Membership, timeline);
        var watching = members.RunAsync(Cancel);
        var load = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w), Cancel))
            .Concat(Enumerable.Range(0, PatientReaders).Select(r => Task.Run(() => ReadAsync(r), Cancel)))
            .ToList();

        await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, pauseAt - timeline.Now)), Cancel);
        pauseAt = timeline.Now;
        PosixSignals.Pause(victimPid);
        timeline.Event($"SIGSTOP {victim} (pid {victimPid})");
        double resumeAt;
        var directReads = new List<Task<(Outcome Outcome, int? Runs)>>();
        try
        {
            // Late in the pause, once the others declared it dead and took writes for its grains, every athlete is
            // read from it: the requests wait in its socket and meet its old activations when it resumes.
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, pauseAt + PauseFor.TotalSeconds - 0.5 - timeline.Now)), Cancel);
            timeline.Event($"{gym.Athletes.Count} reads sent straight to the paused {victim}");
            directReads.AddRange(gym.Athletes.Select(athlete => direct.ReadRunCountAsync(athlete, asOf, Cancel)));
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, pauseAt + PauseFor.TotalSeconds - timeline.Now)), Cancel);
        }
        finally
        {
            resumeAt = timeline.Now;
            PosixSignals.Resume(victimPid);
            timeline.Event($"SIGCONT {victim} (pid {victimPid})");
        }

        var readyAnswers = ProbeReadinessAsync(readiness, victimPid, timeline);

        var exitedAt = await WaitForExitAsync(victimPid, timeline, TimeSpan.FromSeconds(60));
        timeline.Event(exitedAt is { } exit ? $"{victim} pid {victimPid} exited {exit - resumeAt:F2} s after SIGCONT" : $"{victim} pid {victimPid} still runs 60 s after SIGCONT");

        var direct200 = (await Task.WhenAll(directReads)).ToList();
        var ready = await readyAnswers;
        var after = await processes.WaitForFullStrengthAsync(
            FullStrengthBound + TimeSpan.FromSeconds(30),
            silos => silos.TryGetValue(victim, out var pid) && pid != victimPid && GatewayRoutesTo(logs, AppHostFixture.SiloCount, members.ReplacementActiveAt),
            Cancel);
        var fullAt = timeline.Now;
        timeline.Event($"full strength: {string.Join(", ", after.Select(s => $"{s.Key} pid {s.Value}"))}, gateway routing to {AppHostFixture.SiloCount}");
        await Task.WhenAll(load);
        timeline.Event($"load over; the last retried writes finished at {timeline.Now:F2} s");
        await members.StopAsync();
        await watching;

        // Figures.
        var acks = acknowledged.ToList();
        var recovery = WriteRecovery.Of([.. acks.Select(a => a.Ack.End)], loadStart, pauseAt, loadEnd);
        var (lost, doubled, mismatches) = await CompareAsync(gym, asOf, acks.Select(a => a.Run), unresolved.ToList());
        var stale = StaleReads(reads.ToList(), acks);
        var directAnswered = direct200.Where(r => r.Outcome.Succeeded).ToList();
        var directStale = StaleReads([.. direct200.Select(r => (Athlete: r.Outcome.Request.Split(' ')[1], r.Outcome, r.Runs))], acks);
        var directRefused = direct200.Count(r => r.Outcome.Status == 503 && (r.Outcome.Error ?? "").Contains("stalled", StringComparison.Ordinal));
        var destinations = Destinations(logs).Where(d => d.At >= pauseAt).ToList();
        var droppedAt = destinations.FirstOrDefault(d => d.Count < AppHostFixture.SiloCount).At;
        var routedBackAt = destinations.FirstOrDefault(d => d.At > droppedAt && d.Count == AppHostFixture.SiloCount).At;
        var victimLines = logs.Of(victim).Where(l => l.At >= resumeAt).ToList();
        var refusals = victimLines.Count(l => l.Line.Contains("unprocessed: this silo was stalled", StringComparison.Ordinal));
        var allFailures = failed.Concat(reads.Select(r => r.Outcome).Where(o => !o.Succeeded)).ToList();

        var figures = new StringBuilder();
        figures.AppendLine(CultureInfo.InvariantCulture, $"acknowledged {acks.Count} runs; lost {lost}; doubled {doubled}; never acknowledged {unresolved.Count}");
        figures.AppendLine(CultureInfo.InvariantCulture, $"longest stretch without an acknowledged write from the pause on: {recovery.LongestSilence:F2} s (from {recovery.SilenceStartAfterKill:F2} s after SIGSTOP); rate back to {WriteRecovery.RecoveredShare:P0} {(recovery.RateRecovered ? $"{recovery.BackToRate:F1} s" : "not within the load")} after SIGSTOP");
        figures.AppendLine(CultureInfo.InvariantCulture, $"{victim} declared dead {Seconds(members.VictimDeadAt - pauseAt)} after SIGSTOP; gateway destinations down to {AppHostFixture.SiloCount - 1} {Seconds(droppedAt - pauseAt)} after SIGSTOP");
        figures.AppendLine(CultureInfo.InvariantCulture, $"after SIGCONT {victim} refused {refusals} request(s) unprocessed and exited {Seconds(exitedAt - resumeAt)} after it; {reads.Count} patient reads, {stale.Count} answered from stale state");
        figures.AppendLine(CultureInfo.InvariantCulture, $"replacement active {Seconds(members.ReplacementActiveAt - pauseAt)} after SIGSTOP; gateway routing to {AppHostFixture.SiloCount} again {Seconds(routedBackAt - pauseAt)} after SIGSTOP; full strength {fullAt - pauseAt:F1} s after SIGSTOP (bound {FullStrengthBound.TotalSeconds:F0} s)");
        figures.AppendLine(CultureInfo.InvariantCulture,
            $"{direct200.Count} reads sent straight to the paused {victim}: {directAnswered.Count} answered 2xx ({directStale.Count} from stale state), {directRefused} refused 503 unprocessed, {direct200.Count(r => r.Outcome.Status == 0)} without an answer, others: {string.Join(", ", direct200.Where(r => !r.Outcome.Succeeded && r.Outcome.Status != 0 && r.Outcome.Status != 503).GroupBy(r => r.Outcome.Status).Select(g => $"{g.Count()} x {g.Key}"))}");
        figures.AppendLine(CultureInfo.InvariantCulture, $"{victim}'s readiness after SIGCONT: {string.Join(", ", ready.GroupBy(r => r.Status).Select(g => $"{g.Count()} x {(g.Key == 0 ? "no answer" : g.Key)} ({g.Min(r => r.At) - resumeAt:F2}-{g.Max(r => r.At) - resumeAt:F2} s)"))}");
        figures.Append(FailuresByStatus(allFailures, pauseAt));
        timeline.Write(figures.ToString());
        timeline.Write("membership: " + string.Join("; ", members.Changes.Select(c => $"{c.At - pauseAt:+0.00;-0.00} s {c.What}")));
        timeline.Write("gateway destinations: " + string.Join("; ", Destinations(logs).Select(d => $"{d.At - pauseAt:+0.00;-0.00} s {d.Count}")));
        foreach (var (at, _, line) in victimLines.Take(40))
        {
            timeline.Write($"{victim}| {at - resumeAt:+0.00} s after SIGCONT: {line}");
        }

        foreach (var read in stale.Concat(directStale).Take(20))
        {
            timeline.Write($"stale read: {read}");
        }

        foreach (var (outcome, runs) in direct200.Where(r => r.Outcome.Status != 0).Take(5))
        {
            timeline.Write($"direct read: {outcome} {runs}");
        }

        Assert.True(directAnswered.Count == 0,
            $"The resumed {victim} answered {directAnswered.Count} of {direct200.Count} reads sent to it while it was paused, {directStale.Count} of them from stale state:{Environment.NewLine}{string.Join(Environment.NewLine, directStale.Take(10))}");
        Assert.True(ready.All(r => r.Status != 200), $"The resumed {victim} reported ready after SIGCONT: {string.Join(", ", ready.Where(r => r.Status == 200).Take(5).Select(r => $"{r.At - resumeAt:F2} s"))}");
        Assert.True(stale.Count == 0, $"{stale.Count} read(s) answered from state older than writes already acknowledged:{Environment.NewLine}{string.Join(Environment.NewLine, stale.Take(10))}");
        Assert.True(lost == 0 && doubled == 0, $"lost {lost}, doubled {doubled}:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(20))}");
        Assert.True(unresolved.IsEmpty, $"{unresolved.Count} run(s) never acknowledged: {string.Join(", ", unresolved.Take(10).Select(r => r.Id))}");
        Assert.True(recovery.LongestSilence <= WritesResumeBoundSeconds, $"No write was acknowledged for {recovery.LongestSilence:F2} s after SIGSTOP (bound {WritesResumeBoundSeconds} s).");
        Assert.True(members.VictimDeadAt is not null, $"{victim} was never declared dead.");
        Assert.True(exitedAt is not null, $"{victim} (pid {victimPid}) did not exit after SIGCONT.");
        // The gateway stops sending to the silo at its first failed health probe (about 1 s). Its destination list
        // follows membership, but late when the cluster read it makes waits on the paused silo (measured 6-32 s
        // after SIGSTOP; docs/OPERATIONS.md, runbook a2), so only the order is asserted: back to three
        // destinations only once the replacement is a member.
        Assert.True(routedBackAt >= members.ReplacementActiveAt,
            $"The gateway routed to {AppHostFixture.SiloCount} silos {routedBackAt - pauseAt:F2} s after SIGSTOP, before {victim}'s replacement was a member ({members.ReplacementActiveAt - pauseAt:F2} s).");
        Assert.True(fullAt - pauseAt <= FullStrengthBound.TotalSeconds, $"Full strength only {fullAt - pauseAt:F1} s after SIGSTOP (bound {FullStrengthBound.TotalSeconds:F0} s).");
    }

    /// <summary>A successful read whose run count is below the runs of that athlete acknowledged before the read was sent.</summary>
    private static List<string> StaleReads(List<(string Athlete, Outcome Outcome, int? Runs)> reads, List<(PlannedRun Run, Outcome Ack)> acks)
    {
        var ackTimes = acks.GroupBy(a => a.Run.Athlete).ToDictionary(g => g.Key, g => g.Select(a => a.Ack.End).Order().ToArray(), StringComparer.Ordinal);
        var stale = new List<string>();
        foreach (var (athlete, outcome, runs) in reads.Where(r => r.Runs is not null))
        {
            var before = ackTimes.TryGetValue(athlete, out var times) ? times.Count(t => t < outcome.Start) : 0;
            if (runs < before)
            {
                stale.Add(string.Create(CultureInfo.InvariantCulture, $"{outcome}: {runs} runs, {before} acknowledged before it was sent"));
            }
        }

        return stale;
    }

    /// <summary>Per athlete, stored runs against acknowledged ones: how many are missing, how many are there twice.</summary>
    private static async Task<(int Lost, int Doubled, IReadOnlyList<string> Mismatches)> CompareAsync(
        GymClient gym, DateOnly asOf, IEnumerable<PlannedRun> runs, IReadOnlyList<PlannedRun> unresolved)
    {
        var expected = runs.GroupBy(r => r.Athlete).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var maybe = unresolved.GroupBy(r => r.Athlete).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var (lost, doubled) = (0, 0);
        var mismatches = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(gym.Athletes, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Cancel }, async (athlete, token) =>
        {
            var want = expected.GetValueOrDefault(athlete);
            var (stored, _) = await gym.Last7DaysAsync(athlete, asOf, token);
            if (stored < want)
            {
                Interlocked.Add(ref lost, want - stored);
                mismatches.Enqueue($"  {athlete}: stored {stored}, acknowledged {want}");
            }
            else if (stored > want + maybe.GetValueOrDefault(athlete))
            {
                Interlocked.Add(ref doubled, stored - want - maybe.GetValueOrDefault(athlete));
                mismatches.Enqueue($"  {athlete}: stored {stored}, acknowledged {want} (+{maybe.GetValueOrDefault(athlete)} never acknowledged)");
            }
        });
        return (lost, doubled, [.. mismatches.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The gateway's "Proxy destinations now N silo(s)" lines (SiloDiscovery), with when they came.</summary>
    private static List<(double At, int Count)> Destinations(ResourceLogs logs) =>
        [.. logs.Of("gateway")
            .Select(l => (l.At, Match: DestinationsLine().Match(l.Line)))
            .Where(l => l.Match.Success)
            .Select(l => (l.At, int.Parse(l.Match.Groups[1].Value, CultureInfo.InvariantCulture)))];

    /// <summary>The gateway's latest destinations, announced after <paramref name="since"/>, number <paramref name="count"/>.</summary>
    private static bool GatewayRoutesTo(ResourceLogs logs, int count, double since) =>
        since > 0 && Destinations(logs) is { Count: > 0 } all && all[^1].Count == count && all[^1].At >= since;

    /// <summary>The platform's signing secret, as the AppHost hands it to the silo.</summary>
    private static string SigningKeyOf(int pid) =>
        File.ReadAllText($"/proc/{pid}/environ").Split('\0')
            .First(variable => variable.StartsWith("RunStrong__SigningKey=", StringComparison.Ordinal))["RunStrong__SigningKey=".Length..];

    /// <summary>What the resumed silo's readiness endpoint answers (0: no answer) until the process is gone.</summary>
    private static async Task<List<(double At, int Status)>> ProbeReadinessAsync(HttpClient readiness, int pid, Timeline timeline)
    {
        var answers = new List<(double At, int Status)>();
        var until = timeline.Now + 60;
        while (PlatformProcesses.IsRunning(pid) && timeline.Now < until)
        {
            try
            {
                using var response = await readiness.GetAsync("/health/ready", Cancel);
                answers.Add((timeline.Now, (int)response.StatusCode));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !Cancel.IsCancellationRequested)
            {
                answers.Add((timeline.Now, 0));
            }

            await Task.Delay(100, Cancel);
        }

        return answers;
    }

    private static async Task<double?> WaitForExitAsync(int pid, Timeline timeline, TimeSpan timeout)
    {
        var deadline = timeline.Now + timeout.TotalSeconds;
        while (timeline.Now < deadline)
        {
            if (!PlatformProcesses.IsRunning(pid))
            {
                return timeline.Now;
            }

            await Task.Delay(50, Cancel);
        }

        return null;
    }

    private static string FailuresByStatus(List<Outcome> failures, double pauseAt)
    {
        var groups = failures.GroupBy(o => o.Status == 0 ? (o.Error ?? "").Split(':')[0] : o.Status.ToString(CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Count()).ToList();
        if (groups.Count == 0)
        {
            return "failed requests: none";
        }

        var text = new StringBuilder($"failed requests ({failures.Count}) by status:");
        foreach (var group in groups)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Environment.NewLine}  {group.Count(),5} x {group.Key} (SIGSTOP {group.Min(o => o.End) - pauseAt:+0.00;-0.00} s to {group.Max(o => o.End) - pauseAt:+0.00;-0.00} s) e.g. {Cut(group.First().Error)}");
        }

        return text.ToString();
    }

    private static string Cut(string? text) => text is null ? "" : text.Length > 200 ? text[..200] + "…" : text;

    private static string Seconds(double? seconds) =>
        seconds is { } s && s > -1e6 ? string.Create(CultureInfo.InvariantCulture, $"{s:F2} s") : "never";

    [GeneratedRegex(@"Proxy destinations now (\d+) silo")]
    private static partial Regex DestinationsLine();
}
