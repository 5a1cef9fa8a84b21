using System.Collections.Concurrent;
using System.Diagnostics;
using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>
/// Follows one in <c>every</c> acknowledged new runs: from the acknowledgement, reads the athlete's standing
/// every ~20 ms until its score reaches the total the client expects, and records the time that took
/// (acknowledge -> visible) and when the snapshot that showed it was built (<c>generatedAt</c>), which splits
/// that time into the platform's part and the reading's. At most <c>maxConcurrent</c> are followed at
/// once; a sample due beyond that is skipped and counted. Each gives up after 10 s.
/// </summary>
public sealed class FreshnessProbe(HttpClient http, ClubApi club, int every, int maxConcurrent) : IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim slots = new(maxConcurrent, maxConcurrent);
    private readonly ConcurrentQueue<Task> following = new();
    private readonly LatencySamples visible = new();
    private readonly LatencySamples untilSnapshot = new();
    private long offered, skipped, timedOut, reads, notListed, failedReads;
    private string? firstFailure;

    public long Followed => visible.Count + TimedOut;

    public long Skipped => Interlocked.Read(ref skipped);

    public long TimedOut => Interlocked.Read(ref timedOut);

    public long Reads => Interlocked.Read(ref reads);

    /// <summary>Reads that found the athlete missing from the snapshot (404).</summary>
    public long NotListed => Interlocked.Read(ref notListed);

    public long FailedReads => Interlocked.Read(ref failedReads);

    public string? FirstFailure => firstFailure;

    /// <summary>
    /// Called with every first acknowledgement of a new run: <paramref name="expected"/> is the athlete's
    /// expected total then, <paramref name="acknowledgedAt"/> the <see cref="Stopwatch"/> timestamp of the answer.
    /// </summary>
    public void Offer(int athlete, long expected, long acknowledgedAt, DateTimeOffset acknowledgedAtUtc, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref offered) % every != 0)
        {
            return;
        }

        if (!slots.Wait(0, CancellationToken.None))
        {
            Interlocked.Increment(ref skipped);
            return;
        }

        following.Enqueue(Task.Run(async () =>
        {
            try
            {
                await FollowAsync(athlete, expected, acknowledgedAt, acknowledgedAtUtc, cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }, CancellationToken.None));
    }

    /// <summary>Waits for every sample being followed (each ends within <see cref="GiveUpAfter"/>).</summary>
    public async Task DrainAsync()
    {
        while (following.TryDequeue(out var task))
        {
            await task;
        }
    }

    public void Dispose() => slots.Dispose();

    /// <summary>Acknowledge -> visible, and acknowledge -> the showing snapshot's generatedAt, in ms: p50, p99, max.</summary>
    public (IReadOnlyList<double> Visible, IReadOnlyList<double> UntilSnapshot, long Count) Percentiles()
    {
        lock (visible)
        {
            return (LatencySamples.Percentiles([visible], 50, 99, 100), LatencySamples.Percentiles([untilSnapshot], 50, 99, 100), visible.Count);
        }
    }

    private async Task FollowAsync(int athlete, long expected, long acknowledgedAt, DateTimeOffset acknowledgedAtUtc, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (true)
            {
                Interlocked.Increment(ref reads);
                StandingView? standing = null;
                try
                {
                    standing = await club.GetStandingAsync(http, athlete, cancellationToken);
                    if (standing is null)
                    {
                        Interlocked.Increment(ref notListed);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException
                    || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    Interlocked.Increment(ref failedReads);
                    Interlocked.CompareExchange(ref firstFailure, e.Message, null);
                }

                var elapsed = Stopwatch.GetElapsedTime(acknowledgedAt);
                if (standing is not null && Hundredths.Of(standing.Score) >= expected)
                {
                    lock (visible)
                    {
                        visible.Add(elapsed.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
                        var snapshotLag = standing.GeneratedAt - acknowledgedAtUtc;
                        untilSnapshot.Add(snapshotLag.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
                    }

                    return;
                }

                if (elapsed > GiveUpAfter)
                {
                    Interlocked.Increment(ref timedOut);
                    return;
                }

                await timer.WaitForNextTickAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
