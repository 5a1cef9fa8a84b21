namespace RunStrong.Silo.Storage;

/// <summary>
/// Whether this silo can reach Azure Storage, learnt from its own storage calls (<see cref="StorageCircuitPolicy"/>).
/// After <see cref="FailuresToOpen"/> calls in a row end without any answer (refused, reset, or past their
/// network timeout), the circuit opens: storage calls then fail at once with <see cref="StorageUnavailableException"/>
/// instead of each waiting out its timeout, so requests are refused promptly (503 with Retry-After) rather than
/// queueing behind a dead endpoint. While open, one call per <see cref="ProbeInterval"/> goes through as a probe;
/// the first answer closes it. Any answer counts, an error status included: storage that says "busy" is
/// reachable, and throttling is the retry policy's business, not the circuit's.
/// </summary>
public sealed class StorageCircuit
{
    /// <summary>Two, so one lost connection does not refuse a whole silo's storage calls.</summary>
    public const int FailuresToOpen = 2;

    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private int consecutiveFailures;
    private long openedAt;
    private long nextProbeAt;
    private bool probing;
    private bool open;

    private long timesOpened;
    private long callsRefused;

    public StorageCircuit(TimeProvider clock) => this.clock = clock;

    public bool IsOpen
    {
        get
        {
            lock (gate)
            {
                return open;
            }
        }
    }

    /// <summary>How long storage has been unreachable; null while it answers.</summary>
    public TimeSpan? UnreachableFor
    {
        get
        {
            lock (gate)
            {
                return open ? clock.GetElapsedTime(openedAt) : null;
            }
        }
    }

    /// <summary>Times the circuit opened since the silo started.</summary>
    public long TimesOpened => Interlocked.Read(ref timesOpened);

    /// <summary>Storage calls refused unsent since the silo started.</summary>
    public long CallsRefused => Interlocked.Read(ref callsRefused);

    /// <summary>
    /// Whether a storage call may go out now. True while closed; while open, true for one probe per
    /// <see cref="ProbeInterval"/> (<paramref name="probe"/> set), false for everything else.
    /// </summary>
    public bool TryAdmit(out bool probe)
    {
        probe = false;
        lock (gate)
        {
            if (!open)
            {
                return true;
            }

            if (!probing && clock.GetTimestamp() >= nextProbeAt)
            {
                probing = true;
                probe = true;
                return true;
            }
        }

        Interlocked.Increment(ref callsRefused);
        return false;
    }

    /// <summary>Storage answered (any status): the circuit closes.</summary>
    public void Answered()
    {
        lock (gate)
        {
            consecutiveFailures = 0;
            open = false;
            probing = false;
        }
    }

    /// <summary>A call ended with no answer at all; enough in a row (or a failed probe) open the circuit.</summary>
    public void NoAnswer(bool probe)
    {
        var opened = false;
        lock (gate)
        {
            if (probe)
            {
                probing = false;
            }

            consecutiveFailures++;
            if (!open && consecutiveFailures >= FailuresToOpen)
            {
                open = opened = true;
                openedAt = clock.GetTimestamp();
            }

            if (open)
            {
                nextProbeAt = clock.GetTimestamp() + (long)(ProbeInterval.TotalSeconds * clock.TimestampFrequency);
            }
        }

        if (opened)
        {
            Interlocked.Increment(ref timesOpened);
        }
    }

    /// <summary>A probe ended without telling anything (the caller gave up): let the next call probe.</summary>
    public void ProbeAbandoned()
    {
        lock (gate)
        {
            probing = false;
        }
    }
}
