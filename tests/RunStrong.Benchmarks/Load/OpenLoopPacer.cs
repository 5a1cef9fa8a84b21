using System.Diagnostics;

namespace RunStrong.Benchmarks.Load;

/// <summary>
/// An open-loop load: starts sends at a fixed rate however long the answers take (unlike
/// <see cref="LoadGenerator"/>, whose workers wait for each answer), so a slow target meets the offered
/// rate rather than a politely slowed one. Sends due are started every few milliseconds; in flight at
/// once is bounded, and a send due while the bound is reached is skipped and counted, never queued.
/// </summary>
public sealed class OpenLoopPacer(double perSecond, int maxInFlight)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Paces sends for <paramref name="duration"/>, then waits for every answer. <paramref name="nextSend"/> is
    /// called on the pacing loop, one call after another and only for sends that start (so it may choose what
    /// to send without locks); the send it returns runs on the thread pool and must handle its own failures.
    /// </summary>
    public async Task<PacedOutcome> RunAsync(TimeSpan duration, Func<Func<Task>> nextSend, CancellationToken cancellationToken)
    {
        var planned = (long)(perSecond * duration.TotalSeconds);
        var running = new List<Task>((int)Math.Min(planned, 1_000_000));
        long started = 0, skipped = 0;
        int inFlight = 0, peakInFlight = 0;
        using var timer = new PeriodicTimer(Tick);
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            var due = Math.Min(planned, (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * perSecond));
            while (started + skipped < due)
            {
                var now = Volatile.Read(ref inFlight);
                if (now >= maxInFlight)
                {
                    skipped++;
                    continue;
                }

                peakInFlight = Math.Max(peakInFlight, now + 1);
                Interlocked.Increment(ref inFlight);
                started++;
                var send = nextSend();
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await send();
                    }
                    finally
                    {
                        Interlocked.Decrement(ref inFlight);
                    }
                }, cancellationToken));
            }

            if (started + skipped >= planned)
            {
                break;
            }

            await timer.WaitForNextTickAsync(cancellationToken);
        }

        var sendingTime = Stopwatch.GetElapsedTime(start);
        await Task.WhenAll(running);
        return new PacedOutcome(planned, started, skipped, peakInFlight, sendingTime, Stopwatch.GetElapsedTime(start));
    }
}
