using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using RunStrong.Benchmarks.Load;

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
    private readonly LatencySamples acknowledged = new();
    private readonly ConcurrentDictionary<string, long> answers = new(StringComparer.Ordinal);
    private long repeatsSent, repeatsCreated, failures;
    private string? firstFailure;

    /// <summary>Answers by status ("201", "200", "503", "no answer"), for the report.</summary>
    public IReadOnlyDictionary<string, long> Answers => answers;

    public long RepeatsSent => Interlocked.Read(ref repeatsSent);

    /// <summary>Repeats answered 201: they overtook the run's first send (which should then get 200).</summary>
    public long RepeatsCreated => Interlocked.Read(ref repeatsCreated);

    /// <summary>Sends without a 2xx (another status, or no answer).</summary>
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

    /// <summary>Time from send to a 2xx, in ms: p50, p99, max.</summary>
    public IReadOnlyList<double> AcknowledgePercentiles()
    {
        lock (acknowledged)
        {
            return LatencySamples.Percentiles([acknowledged], 50, 99, 100);
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

        return () => SendAsync(run, repeat, cancellationToken);
    }

    /// <summary>
    /// After the load, sends every run that never got a 2xx again, unchanged (a repeat is idempotent, so the
    /// answer says whether it was stored: 201 now, or 200 already), up to three times each, outside the load's
    /// counts. Returns how many are still unacknowledged: their outcome is unknown.
    /// </summary>
    public async Task<int> ResolveAsync(CancellationToken cancellationToken)
    {
        var unknown = 0;
        foreach (var run in runs.Runs.Where(r => !ledger.IsAcknowledged(r)).ToList())
        {
            for (var attempt = 0; attempt < ResolveAttempts && !ledger.IsAcknowledged(run); attempt++)
            {
                try
                {
                    using var request = club.LogRun(run);
                    using var response = await http.SendAsync(request, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        ledger.Acknowledge(run, response.StatusCode == HttpStatusCode.Created);
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

    private async Task SendAsync(LoggedRun run, bool repeat, CancellationToken cancellationToken)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var request = club.LogRun(run);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var answeredAt = Stopwatch.GetTimestamp();
            Count(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            if (!response.IsSuccessStatusCode)
            {
                Fail($"{(int)response.StatusCode} {response.ReasonPhrase}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return;
            }

            lock (acknowledged)
            {
                acknowledged.Add(answeredAt - sent);
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

    private void Count(string answer) => answers.AddOrUpdate(answer, 1, (_, n) => n + 1);

    private void Fail(string reason)
    {
        Interlocked.Increment(ref failures);
        Interlocked.CompareExchange(ref firstFailure, reason, null);
    }
}
