using System.Diagnostics;

namespace RunStrong.Silo.Cluster;

/// <summary>
/// Whether this silo may answer requests, given that it may have been stalled (SIGSTOP, a VM freeze, a
/// debugger, severe starvation). A stalled silo runs on unaware of the time that passed: the others may have
/// declared it dead meanwhile and re-activated its grains, so its in-memory activations can be stale. A gap
/// between two ticks longer than <see cref="Threshold"/> therefore makes it refuse until a fresh membership
/// read confirms it is still active (<see cref="StallDetector"/> does that read); if the read says it is not,
/// it refuses until Orleans stops it.
/// </summary>
/// <remarks>
/// The threshold sits below the fastest death declaration membership allows (about 2 s with probes every
/// second and 2 missed probes, SiloHostingExtensions): a stall short enough to pass unnoticed here cannot have
/// been long enough for the others to act. Timestamps are <see cref="Stopwatch"/> ticks (a monotonic clock
/// that keeps running while the process is stopped).
/// </remarks>
public sealed class StallGuard
{
    public static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(1.5);

    private readonly Lock gate = new();
    private long lastTick;
    private int stalls;
    private int verified;
    private string? excludedAs;
    private TimeSpan lastGap;
    private long refused;

    public StallGuard(long now) => lastTick = now;

    /// <summary>Raised (outside the lock) once per detected stall, with its length.</summary>
    public event Action<TimeSpan>? StallDetected;

    /// <summary>Requests refused so far.</summary>
    public long Refused => Interlocked.Read(ref refused);

    /// <summary>Stalls detected so far; a verification names the one it covers.</summary>
    public int Stalls
    {
        get
        {
            lock (gate)
            {
                return stalls;
            }
        }
    }

    /// <summary>The periodic tick; a late one reports the stall it reveals.</summary>
    public void Tick(long now) => Observe(now);

    /// <summary>
    /// Whether a request arriving now must be refused, and why. The request itself also looks at the clock: after
    /// SIGCONT, Kestrel may read a queued request before the ticker thread has run, and that request must not
    /// slip through.
    /// </summary>
    public bool ShouldRefuse(long now, out string reason)
    {
        if (!IsRefusing(now, out reason))
        {
            return false;
        }

        Interlocked.Increment(ref refused);
        return true;
    }

    /// <summary>As <see cref="ShouldRefuse"/>, without counting a refusal (readiness asks this).</summary>
    public bool IsRefusing(long now, out string reason)
    {
        Observe(now);
        lock (gate)
        {
            if (excludedAs is not null)
            {
                reason = $"This silo was stalled for {lastGap.TotalSeconds:F1} s and membership now lists it as {excludedAs}: it is leaving the cluster.";
            }
            else if (verified < stalls)
            {
                reason = $"This silo was stalled for {lastGap.TotalSeconds:F1} s; it serves again once a fresh membership read confirms it is still an active member.";
            }
            else
            {
                reason = "";
                return false;
            }
        }

        return true;
    }

    /// <summary>A membership read that began after stall number <paramref name="stall"/> found this silo active.</summary>
    public void Confirmed(int stall)
    {
        lock (gate)
        {
            verified = Math.Max(verified, stall);
        }
    }

    /// <summary>Membership no longer holds this silo active (Dead, ShuttingDown, Stopping): refuse for good.</summary>
    public void Excluded(string status)
    {
        lock (gate)
        {
            excludedAs = status;
        }
    }

    public bool IsExcluded
    {
        get
        {
            lock (gate)
            {
                return excludedAs is not null;
            }
        }
    }

    private void Observe(long now)
    {
        TimeSpan gap;
        lock (gate)
        {
            gap = Stopwatch.GetElapsedTime(lastTick, now);
            if (now > lastTick)
            {
                lastTick = now;
            }

            if (gap <= Threshold)
            {
                return;
            }

            stalls++;
            lastGap = gap;
        }

        StallDetected?.Invoke(gap);
    }
}
