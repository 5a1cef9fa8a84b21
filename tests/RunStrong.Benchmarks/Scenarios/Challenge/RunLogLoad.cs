using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// The writing side of the load: each send logs a run (new, or a repeat of an earlier one) through the
/// gateway, times the answer, credits the ledger on the run's first 2xx and offers that acknowledgement
/// to the freshness probe. Counts answers by status; a send with no 2xx leaves its run unacknowledged, for
/// <see cref="ResolveAsync"/> to settle after the load.
/// </summary>
public sealed class RunLogLoad(HttpClient http, ClubApi club, RunGenerator runs, ScoreLedger ledger, FreshnessProbe freshness)
{
    private const int ResolveAttempts = 3;

    /// <summary>Resends of one shed run during the load, after each answer's Retry-After.</summary>
    private const int MaxResends = 5;
    private readonly LatencySamples acknowledged = new();
    private readonly LatencySamples acknowledgedSinceFirstSend = new();
    private readonly ConcurrentBag<Task> resending = [];
    private long shed, shedWithRetryAfter, resends;
    private readonly ConcurrentDictionary<string, long> answers = new(StringComparer.Ordinal);
    private long repeatsSent, repeatsCreated, failures;
    private string? firstFailure;

    /// <summary>Answers by status ("201", "200", "503", "no answer"), for the report.</summary>
    public IReadOnlyDictionary<string, long> Answers => answers;

    public long RepeatsSent => Interlocked.Read(ref repeatsSent);

    /// <summary>Repeats answered 201: they overtook the run's first send (which should then get 200).</summary>
    public long RepeatsCreated => Interlocked.Read(ref repeatsCreated);

    /// <summary>Sends answered 429 or 503 (shed by the platform).</summary>
    public long ShedAnswers => Interlocked.Read(ref shed);

    /// <summary>Of <see cref="ShedAnswers"/>, those with Retry-After.</summary>
    public long ShedWithRetryAfter => Interlocked.Read(ref shedWithRetryAfter);

    /// <summary>Shed runs sent again after their Retry-After during the load.</summary>
    public long Resends => Interlocked.Read(ref resends);

    /// <summary>Sends without a 2xx that were not shed (another status, or no answer).</summary>
    public long Failures => Interlocked.Read(ref failures);

    public string? FirstFailure => firstFailure;

    public long Acknowledged
    {
        get
        {
            lock (acknowledged)
            {
                return acknowledged.Count;
            }
        }
    }

    /// <summary>Time from the send that got the 2xx to its answer, in ms: p50, p99, max.</summary>
    public IReadOnlyList<double> AcknowledgePercentiles()
    {
        lock (acknowledged)
        {
            return LatencySamples.Percentiles([acknowledged], 50, 99, 100);
        }
    }

    /// <summary>Time from a run's first send to its 2xx, waits after Retry-After and resends included, in ms: p50, p99, max.</summary>
    public IReadOnlyList<double> AcknowledgeSinceFirstSendPercentiles()
    {
        lock (acknowledged)
        {
            return LatencySamples.Percentiles([acknowledgedSinceFirstSend], 50, 99, 100);
        }
    }

    /// <summary>Chooses the next send (on the pacing loop, see <see cref="OpenLoopPacer"/>) and returns it.</summary>
    public Func<Task> Next(CancellationToken cancellationToken)
    {
        var (run, repeat) = runs.Next();
        if (repeat)
        {
            Interlocked.Increment(ref repeatsSent);
        }

        return () => SendAsync(run, repeat, 1, Stopwatch.GetTimestamp(), cancellationToken);
    }

    /// <summary>
    /// After the load, sends every run that never got a 2xx again, unchanged (a repeat is idempotent, so the
    /// answer says whether it was stored: 201 now, or 200 already), up to three times each besides waits after a
    /// 429/503's Retry-After, outside the load's counts. Returns how many are still unacknowledged: their outcome is unknown.
    /// </summary>
    public async Task<int> ResolveAsync(CancellationToken cancellationToken)
    {
        var unknown = 0;
        foreach (var run in runs.Runs.Where(r => !ledger.IsAcknowledged(r)).ToList())
        {
            for (int attempt = 0, waits = 0; attempt < ResolveAttempts && !ledger.IsAcknowledged(run); attempt++)
            {
                try
                {
                    using var request = club.LogRun(run);
                    using var response = await http.SendAsync(request, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        ledger.Acknowledge(run, response.StatusCode == HttpStatusCode.Created);
                    }
                    else if (RetryAfterHandler.RetryAfterOf(response) is { } wait && waits++ < RetryAfterHandler.MaxWaits)
                    {
                        // Shed again: wait as asked; a shed answer is no attempt at learning the run's fate.
                        attempt--;
                        await Task.Delay(wait, cancellationToken);
                    }
                }
                catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    // Still no answer: try again, then count it unknown.
                }
            }

            unknown += ledger.IsAcknowledged(run) ? 0 : 1;
        }

        return unknown;
    }

    private async Task SendAsync(LoggedRun run, bool repeat, int attempt, long firstSent, CancellationToken cancellationToken)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var request = club.LogRun(run);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var answeredAt = Stopwatch.GetTimestamp();
            Count(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            if (RetryAfterHandler.IsShed(response))
            {
                Shed(run, repeat, attempt, firstSent, RetryAfterHandler.RetryAfterOf(response), cancellationToken);
                return;
            }

            if (!response.IsSuccessStatusCode)
            {
                Fail($"{(int)response.StatusCode} {response.ReasonPhrase}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return;
            }

            lock (acknowledged)
            {
                acknowledged.Add(answeredAt - sent);
                acknowledgedSinceFirstSend.Add(answeredAt - firstSent);
            }

            var created = response.StatusCode == HttpStatusCode.Created;
            if (created && repeat)
            {
                Interlocked.Increment(ref repeatsCreated);
            }

            if (ledger.Acknowledge(run, created) is { } expected)
            {
                freshness.Offer(run.Athlete, expected, answeredAt, DateTimeOffset.UtcNow, cancellationToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Count("no answer");
            Fail(e.Message);
        }
    }

    /// <summary>
    /// A 429/503: with Retry-After the run is sent again, unchanged, after the wait (at most
    /// <see cref="MaxResends"/> times, then left for <see cref="ResolveAsync"/>); without it, it is left at once.
    /// Either way the ledger only ever counts a 2xx, so a shed run is counted when a resend stores it or never.
    /// </summary>
    private void Shed(LoggedRun run, bool repeat, int attempt, long firstSent, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref shed);
        if (retryAfter is not { } wait)
        {
            return;
        }

        Interlocked.Increment(ref shedWithRetryAfter);
        if (attempt > MaxResends)
        {
            return;
        }

        Interlocked.Increment(ref resends);
        resending.Add(Task.Run(async () =>
        {
            await Task.Delay(wait, cancellationToken);
            await SendAsync(run, repeat, attempt + 1, firstSent, cancellationToken);
        }, cancellationToken));
    }

    /// <summary>Waits for every resend of a shed run (and the resends those led to).</summary>
    public async Task DrainResendsAsync()
    {
        while (!resending.IsEmpty)
        {
            var pending = new List<Task>();
            while (resending.TryTake(out var task))
            {
                pending.Add(task);
            }

            await Task.WhenAll(pending);
        }
    }

    private void Count(string answer) => answers.AddOrUpdate(answer, 1, (_, n) => n + 1);

    private void Fail(string reason)
    {
        Interlocked.Increment(ref failures);
        Interlocked.CompareExchange(ref firstFailure, reason, null);
    }
}
