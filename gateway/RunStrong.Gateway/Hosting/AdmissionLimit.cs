using Microsoft.Extensions.Options;
using RunStrong.Gateway.Authentication;

namespace RunStrong.Gateway.Hosting;

/// <summary>Why a tenant request was turned away (the <c>reason</c> label of the shed counter).</summary>
public enum ShedReason
{
    /// <summary>The fixed bound, <see cref="GatewaySettings.MaxConcurrentRequests"/>, was reached.</summary>
    Capacity,

    /// <summary>Answers had grown slower than <see cref="GatewaySettings.LatencyTargetMilliseconds"/>, so fewer requests are let in.</summary>
    Latency,

    /// <summary>An admitted request got no answer within <see cref="GatewaySettings.ProxyTimeoutSeconds"/>.</summary>
    Timeout,
}

/// <summary>
/// How many tenant requests this gateway lets in at once, adapted to how fast they are answered (additive
/// increase, multiplicative decrease, as TCP does with its window). A fixed count alone lets a slow cluster build a
/// queue: with storage 200 ms slower, 512 requests in flight were answered seconds late, every one of them. So
/// every <see cref="Window"/>, the requests finished in it are looked at: when more than
/// <see cref="SlowShareToBackOff"/> of them took longer than the latency target, the limit drops to
/// <see cref="BackOff"/> of what is in flight now (at least <see cref="GatewaySettings.MinConcurrentRequests"/>),
/// so the queue drains and what is let in is answered within the target; otherwise, when the limit was reached, it
/// grows by a tenth, up to <see cref="GatewaySettings.MaxConcurrentRequests"/>. A healthy cluster
/// never reaches the limit, so it sits at the maximum and behaves as the fixed count did.
/// Slowness is judged only on evidence that it comes from load: a window is judged once it holds at least
/// <see cref="MinFinishedToJudge"/> answers (with fewer, one slow answer alone is over 5%; the window then runs on
/// until it has them), and not during <see cref="WarmUp"/> after the first request this gateway let in. The first
/// answers after a start are slow for reasons admitting fewer does not cure (JIT compilation, connections, grain
/// activations in a cold silo): judged one by one they cut the limit to the minimum, and a client's first burst of
/// 64 requests was shed with 503s by a platform serving nothing else. An overloaded cluster during the warm-up
/// still meets the fixed bound and the proxy timeout.
/// </summary>
public sealed class AdmissionLimit
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);
    public const double SlowShareToBackOff = 0.05;
    public const double BackOff = 0.75;

    /// <summary>Answers a window needs before its slow share is judged: the fewest for one slow answer to be 5%.</summary>
    public const int MinFinishedToJudge = (int)(1 / SlowShareToBackOff);

    /// <summary>After the first request let in, how long answer times are not held against the limit.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly IOptionsMonitor<GatewaySettings> settings;
    private readonly TimeProvider time;
    private int limit;
    private int inFlight;
    private long windowStart;
    private int finished;
    private int slow;
    private bool limitReached;
    private long? firstAdmitted;

    public AdmissionLimit(IOptionsMonitor<GatewaySettings> settings, TimeProvider time)
    {
        this.settings = settings;
        this.time = time;
        limit = settings.CurrentValue.MaxConcurrentRequests;
        windowStart = time.GetTimestamp();
    }

    /// <summary>Requests let in now.</summary>
    public int Limit
    {
        get
        {
            lock (gate)
            {
                return Math.Min(limit, settings.CurrentValue.MaxConcurrentRequests);
            }
        }
    }

    public int InFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight;
            }
        }
    }

    /// <summary>Lets a request in, or says why not. Every request let in must be <see cref="Release"/>d once.</summary>
    public bool TryAcquire(out ShedReason reason)
    {
        var max = settings.CurrentValue.MaxConcurrentRequests;
        lock (gate)
        {
            var current = Math.Min(limit, max);
            if (inFlight < current)
            {
                firstAdmitted ??= time.GetTimestamp();
                inFlight++;
                limitReached |= inFlight == current;
                reason = default;
                return true;
            }

            limitReached = true;
            reason = current >= max ? ShedReason.Capacity : ShedReason.Latency;
            return false;
        }
    }

    /// <summary>A request let in has finished after <paramref name="latency"/> (answered, failed or timed out).</summary>
    public void Release(TimeSpan latency)
    {
        var current = settings.CurrentValue;
        var now = time.GetTimestamp();
        lock (gate)
        {
            inFlight--;
            if (firstAdmitted is { } first && time.GetElapsedTime(first, now) < WarmUp)
            {
                // Cold start: start judging afresh once it is over.
                (windowStart, finished, slow, limitReached) = (now, 0, 0, false);
                return;
            }

            finished++;
            if (latency.TotalMilliseconds > current.LatencyTargetMilliseconds)
            {
                slow++;
            }

            if (time.GetElapsedTime(windowStart, now) < Window || finished < MinFinishedToJudge)
            {
                return;
            }

            var max = current.MaxConcurrentRequests;
            var min = Math.Min(current.MinConcurrentRequests, max);
            if (slow > finished * SlowShareToBackOff)
            {
                limit = Math.Max(min, (int)(Math.Min(limit, inFlight + 1) * BackOff));
            }
            else if (limitReached)
            {
                limit = Math.Min(max, limit + Math.Max(1, limit / 10));
            }

            (windowStart, finished, slow, limitReached) = (now, 0, 0, false);
        }
    }
}
