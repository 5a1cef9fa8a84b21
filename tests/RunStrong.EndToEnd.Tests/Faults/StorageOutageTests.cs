using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using RunStrong.EndToEnd.Tests.Failover;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// Storage goes away under load, on the shared AppHost (three silos, the gateway): Azurite frozen with SIGSTOP
/// for 10 s (connections stay open and nothing answers, like a storage endpoint that stopped responding), and
/// Azurite stopped for 10 s and started again on the same ports and data (connections refused, then back; stopped
/// with SIGTERM, as a storage service restarts keeping what it acknowledged). Writers keep
/// logging runs with client ids and retry what fails; an import runs through it and a club's challenge counts
/// the runs of its members. Every request must end within <see cref="FailFastBoundSeconds"/>: refused with 503
/// and Retry-After while storage is unreachable, never hanging; the silos' readiness reports the outage while it
/// lasts; and afterwards nothing acknowledged is missing or counted twice, the import finishes with every member
/// once, the challenge's leaderboard equals the acknowledged distances, and all three silos are still members.
/// </summary>
public sealed class StorageOutageTests(AppHostFixture platform)
{
    /// <summary>
    /// No request may take longer than this during the outage: the silos' storage calls give up after their
    /// network timeout (3 s) and the storage circuit then refuses the rest at once (docs/OPERATIONS.md, "Storage
    /// unreachable"). Before that, a request in flight when storage froze waited on the Azure SDK's 100 s timeout.
    /// </summary>
    private const double FailFastBoundSeconds = 8;

    /// <summary>Acknowledged writes must flow again within this many seconds of storage answering again.</summary>
    private const double ResumeBoundSeconds = 10;

    private const int Athletes = 60;
    private const int ClubMembers = 12;
    private const int Writers = 12;
    private const int ImportMembers = 3_000;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LoadBefore = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan LoadAfter = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryAfterLoad = TimeSpan.FromSeconds(40);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private enum Fault
    {
        Freeze,
        Restart,
    }

    [Fact(Timeout = 300_000)]
    public Task Freezing_storage_for_10_s_under_load_fails_requests_fast_and_loses_nothing() => RunAsync(Fault.Freeze);

    [Fact(Timeout = 300_000)]
    public Task Restarting_storage_on_its_ports_and_data_under_load_fails_requests_fast_and_loses_nothing() => RunAsync(Fault.Restart);

    private async Task RunAsync(Fault fault)
    {
        var timeline = new Timeline();
        var (now, asOf) = (DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        var gatewayUri = platform.App.GetEndpoint("gateway", "http");
        using var gym = await GymClient.CreateAsync(gatewayUri, platform.AdminKey, "gym", Athletes, timeline, Cancel);
        using var clubTenant = await GymClient.CreateAsync(gatewayUri, platform.AdminKey, "club", ClubMembers, timeline, Cancel);
        var club = await ClubChallenge.CreateAsync(clubTenant, asOf, Cancel);
        var importLocation = await StartImportAsync(gym);
        timeline.Event($"import of {ImportMembers} members started: {importLocation}");

        var readiness = new ReadinessWatch(platform, timeline);
        using var watchOver = new CancellationTokenSource();
        var watching = readiness.RunAsync(watchOver.Token);

        var acknowledged = new ConcurrentQueue<(PlannedRun Run, Outcome Ack, bool InClub)>();
        var attempts = new ConcurrentQueue<Outcome>();
        var unresolved = new ConcurrentQueue<PlannedRun>();
        var loadStart = timeline.Now;
        var loadEnd = loadStart + (LoadBefore + Outage + LoadAfter).TotalSeconds;
        var giveUpAt = loadEnd + RetryAfterLoad.TotalSeconds;
        timeline.Event($"write load: {Writers} writers (a third on club members), failed writes retried with the same run id after Retry-After");

        async Task WriteAsync(int writer)
        {
            var random = new Random(6151 * (writer + 1));
            var onClub = writer % 3 == 0;
            for (var sequence = 1; timeline.Now < loadEnd; sequence++)
            {
                var athletes = onClub ? club.Members : gym.Athletes;
                var run = PlannedRun.Random(random, $"s{writer:D2}-{sequence:D5}", athletes[random.Next(athletes.Count)], now);
                while (true)
                {
                    var outcome = await (onClub ? clubTenant : gym).LogRunAsync(run, Cancel);
                    attempts.Enqueue(outcome);
                    if (outcome.Succeeded)
                    {
                        acknowledged.Enqueue((run, outcome, onClub));
                        break;
                    }

                    if (timeline.Now > giveUpAt || outcome.Status is 400 or 404 or 409 or 422)
                    {
                        unresolved.Enqueue(run);
                        break;
                    }

                    // A well-behaved client: wait what the refusal asks, else a moment.
                    await Task.Delay(outcome.RetryAfter is { } wait && wait < TimeSpan.FromSeconds(5) ? wait : TimeSpan.FromMilliseconds(250), Cancel);
                }
            }
        }

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w), Cancel)).ToList();
        await Task.Delay(LoadBefore, Cancel);

        var outageStart = timeline.Now;
        double outageEnd;
        if (fault == Fault.Freeze)
        {
            var pid = platform.Storage.ProcessId ?? throw new InvalidOperationException("Azurite is not running.");
            PosixSignals.Pause(pid);
            timeline.Event($"azurite frozen (SIGSTOP, pid {pid})");
            try
            {
                await Task.Delay(Outage, Cancel);
            }
            finally
            {
                PosixSignals.Resume(pid);
                outageEnd = timeline.Now;
                timeline.Event("azurite resumed (SIGCONT)");
            }
        }
        else
        {
            timeline.Event("azurite stopping; it starts again on the same ports and data after the outage");
            await platform.Storage.RestartAsync(Outage, Cancel);
            outageEnd = timeline.Now;
            timeline.Event("azurite answering again");
        }

        await Task.WhenAll(writers);
        timeline.Event($"load over; the last retried writes finished at {timeline.Now:F2} s");
        var import = await WaitForImportAsync(gym, importLocation, timeline);
        await watchOver.CancelAsync();
        await watching;

        var acks = acknowledged.ToList();
        var all = attempts.ToList();
        var failures = all.Where(o => !o.Succeeded).ToList();
        // The requests the outage met: in flight when storage went, or sent while it was gone.
        var duringOutage = all.Where(o => o.End >= outageStart && o.Start <= outageEnd).ToList();
        var slowest = duringOutage.MaxBy(o => o.Latency);
        var failedDuring = duringOutage.Where(o => !o.Succeeded).ToList();
        var failedAfter = failures.Where(o => o.Start > outageEnd).ToList();
        var firstAckAfter = acks.Select(a => a.Ack.End).Where(t => t >= outageEnd).DefaultIfEmpty(double.NaN).Min();
        var longestGap = LongestGap([.. acks.Select(a => a.Ack.End)], outageStart, loadEnd);
        timeline.Write($"{fault}: outage {outageEnd - outageStart:F1} s; {acks.Count} runs acknowledged; {all.Count} attempts, {failures.Count} failed; {unresolved.Count} never acknowledged");
        timeline.Write($"failed attempts by status: {Describe(failures.GroupBy(f => f.Status).Select(g => $"{g.Key} x {g.Count()}"))}; without Retry-After: {failures.Count(f => f.Status == 503 && f.RetryAfter is null)}");
        timeline.Write($"slowest request the outage met: {slowest?.ToString() ?? "none"}");
        timeline.Write($"failed attempts sent after storage was back: {failedAfter.Count}{(failedAfter.Count > 0 ? $" (first: {failedAfter.MinBy(f => f.Start)})" : "")}");
        timeline.Write(string.Create(CultureInfo.InvariantCulture, $"longest stretch without an acknowledged write: {longestGap:F2} s; first acknowledgement {firstAckAfter - outageEnd:F2} s after storage answered again"));
        timeline.Write(readiness.Summary(outageStart, outageEnd));
        timeline.Write($"import: {import}");

        var mismatches = await gym.MismatchesAsync(asOf, acks.Where(a => !a.InClub).Select(a => a.Run), Cancel);
        var expectedClubKm = Math.Round(acks.Where(a => a.InClub).Sum(a => a.Run.DistanceKm), 2);
        var (leaderboardKm, lastFailedRead) = await club.WaitForTotalAsync(expectedClubKm, TimeSpan.FromSeconds(30), Cancel);
        timeline.Write(string.Create(CultureInfo.InvariantCulture, $"challenge: leaderboard total {leaderboardKm:F2} km, acknowledged {expectedClubKm:F2} km"));
        var active = await ActiveSilosAsync(TimeSpan.FromSeconds(60));

        Assert.True(unresolved.IsEmpty, $"{unresolved.Count} run(s) never acknowledged: {Describe(unresolved.Take(10).Select(r => r.Id))}");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} athlete(s) whose stored runs differ from the acknowledged ones:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(20))}");
        Assert.True(Math.Abs(leaderboardKm - expectedClubKm) < 0.01, $"The challenge counts {leaderboardKm} km; the club's acknowledged runs add up to {expectedClubKm} km. Last failed leaderboard read: {lastFailedRead?.ToString() ?? "none"}");
        Assert.True(slowest is null || slowest.Latency <= FailFastBoundSeconds, $"A request took {slowest?.Latency:F1} s during the outage (bound {FailFastBoundSeconds} s): {slowest}");
        Assert.True(failedDuring.All(f => f.Status == 503 && f.RetryAfter is not null),
            $"Failed attempts during the outage other than 503 with Retry-After: {Describe(failedDuring.Where(f => f.Status != 503 || f.RetryAfter is null).Take(5).Select(f => f.ToString()))}");
        Assert.True(firstAckAfter - outageEnd <= ResumeBoundSeconds, $"The first write after the outage was acknowledged {firstAckAfter - outageEnd:F1} s after storage answered again (bound {ResumeBoundSeconds} s).");
        Assert.True(readiness.EverySiloReportedOutage(outageStart, outageEnd), $"Not every silo's readiness reported the outage: {readiness.Summary(outageStart, outageEnd)}");
        Assert.True(readiness.GatewayReportedDegradedWhileServing(outageStart, outageEnd), $"The gateway's readiness did not stay 200 and say Degraded during the outage: {readiness.Summary(outageStart, outageEnd)}");
        Assert.True(readiness.EverySiloReadyAfter(outageEnd), $"A silo was not ready again after the outage: {readiness.Summary(outageStart, outageEnd)}");
        Assert.Equal("completed", import.Status);
        Assert.Equal((ImportMembers, 0L), (import.Processed, import.Failed));
        Assert.Equal(AppHostFixture.SiloCount, active);
    }

    private async Task<string> StartImportAsync(GymClient gym)
    {
        using var client = platform.Gateway();
        client.DefaultRequestHeaders.Add("X-Api-Key", gym.ApiKey);
        var csv = new StringBuilder("externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal\n");
        for (var i = 1; i <= ImportMembers; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"imported-{i},First{i},Last{i},i{i}@example.com,{(i % 2 == 0 ? "female" : "male")},{1960 + (i % 40)},{160 + (i % 30)},{55 + (i % 40)},maintain\n");
        }

        using var content = new StringContent(csv.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var accepted = await client.PostAsync($"/api/t/{gym.TenantId}/imports", content, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        return accepted.Headers.Location!.ToString();
    }

    private sealed record ImportResult(string Status, long Processed, long Failed, double FinishedAt)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Status}, {Processed} processed, {Failed} failed (seen at {FinishedAt:F1} s)");
    }

    /// <summary>Polls the import until it ends; answers refused during or right after the outage are polled again.</summary>
    private async Task<ImportResult> WaitForImportAsync(GymClient gym, string location, Timeline timeline)
    {
        using var client = platform.Gateway();
        client.DefaultRequestHeaders.Add("X-Api-Key", gym.ApiKey);
        var deadline = timeline.Now + 180;
        var last = "";
        while (timeline.Now < deadline)
        {
            try
            {
                using var response = await client.GetAsync(location, Cancel);
                if (response.IsSuccessStatusCode)
                {
                    var job = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
                    var status = job.GetProperty("status").GetString()!;
                    if (status is "completed" or "failed")
                    {
                        return new ImportResult(status, job.GetProperty("processed").GetInt64(), job.GetProperty("failed").GetInt64(), timeline.Now);
                    }

                    last = status;
                }
                else
                {
                    last = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(500, Cancel);
        }

        return new ImportResult($"not finished ({last})", 0, 0, timeline.Now);
    }

    /// <summary>Active silos once all of the AppHost's are (or what the table holds when <paramref name="within"/> ran out).</summary>
    private async Task<int> ActiveSilosAsync(TimeSpan within)
    {
        var membership = new ClusterMembership(platform.Storage.ConnectionString, platform.ClusterId);
        try
        {
            await membership.WaitForActiveAsync(AppHostFixture.SiloCount, within, Cancel);
        }
        catch (TimeoutException)
        {
            // Reported by the assertion with the count the table holds.
        }

        return await membership.ActiveCountAsync(Cancel);
    }

    /// <summary>The longest stretch in [from, to] with no acknowledged write.</summary>
    private static double LongestGap(IReadOnlyList<double> acknowledged, double from, double to)
    {
        var (longest, previous) = (0.0, from);
        foreach (var t in acknowledged.Where(t => t >= from && t <= to).Order().Append(to))
        {
            longest = Math.Max(longest, t - previous);
            previous = t;
        }

        return longest;
    }

    private static string Describe(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
