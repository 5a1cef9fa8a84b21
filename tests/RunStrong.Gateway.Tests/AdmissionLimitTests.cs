using RunStrong.Gateway.Hosting;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// The adaptive admission limit on a clock the test moves: fast answers keep it at the fixed maximum; slow ones
/// (over the latency target) bring it down towards what is in flight, never below the minimum, and refusals then
/// say "latency"; fast answers at the limit bring it back up to the maximum. Slowness is judged on enough answers
/// and not during the warm-up after the first request, so a cold start's slow first answers shed nothing.
/// </summary>
public sealed class AdmissionLimitTests
{
    private static readonly TimeSpan Fast = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Slow = TimeSpan.FromMilliseconds(1500);

    [Fact]
    public void Fast_answers_keep_the_fixed_bound_and_refusals_at_it_say_capacity()
    {
        var clock = new ManualClock();
        var limit = Warm(Limit(clock, max: 10), clock);

        for (var window = 0; window < 5; window++)
        {
            Admit(limit, 10);
            Assert.False(limit.TryAcquire(out var reason));
            Assert.Equal(ShedReason.Capacity, reason);
            clock.Advance(AdmissionLimit.Window);
            ReleaseAll(limit, 10, Fast);
        }

        Assert.Equal(10, limit.Limit);
    }

    [Fact]
    public void Slow_answers_lower_the_limit_below_what_was_in_flight_down_to_the_minimum_and_refusals_say_latency()
    {
        var clock = new ManualClock();
        var limit = Warm(Limit(clock, max: 100, min: 4), clock);
        Admit(limit, 60);

        clock.Advance(AdmissionLimit.Window);
        ReleaseAll(limit, AdmissionLimit.MinFinishedToJudge, Slow);

        // Judged at the 20th answer, with 40 left in flight (plus the one just finished): three quarters of that.
        Assert.Equal(30, limit.Limit);
        Assert.False(limit.TryAcquire(out var reason));
        Assert.Equal(ShedReason.Latency, reason);

        for (var window = 0; window < 60; window++)
        {
            Admit(limit, 1000);
            clock.Advance(AdmissionLimit.Window);
            ReleaseAll(limit, limit.InFlight, Slow);
        }

        Assert.Equal(4, limit.Limit);
    }

    [Fact]
    public void Fewer_answers_than_a_window_needs_are_not_judged_however_slow()
    {
        var clock = new ManualClock();
        var limit = Warm(Limit(clock, max: 100), clock);
        Admit(limit, 30);

        // One slow answer alone (the first of a new path, say) is "100% slow": not evidence of load.
        clock.Advance(AdmissionLimit.Window);
        ReleaseAll(limit, AdmissionLimit.MinFinishedToJudge - 1, Slow);
        Assert.Equal(100, limit.Limit);

        // The window runs on until it holds enough answers, then is judged.
        limit.Release(Slow);
        Assert.Equal(8, limit.Limit);
    }

    [Fact]
    public void A_cold_start_s_slow_first_answers_do_not_shed_its_first_burst()
    {
        var clock = new ManualClock();
        var limit = Limit(clock, max: 512, min: 16);

        // The first request alone, then a burst of 64, every answer slow (JIT, connections, activations).
        Assert.Equal(1, Admit(limit, 1));
        clock.Advance(Slow);
        limit.Release(Slow);
        Assert.Equal(64, Admit(limit, 64));
        clock.Advance(Slow);
        ReleaseAll(limit, 64, Slow);

        Assert.Equal(512, limit.Limit);
        Assert.Equal(64, Admit(limit, 64));

        // After the warm-up, the same answers count: judged at the 20th, with 44 left in flight.
        clock.Advance(AdmissionLimit.WarmUp);
        ReleaseAll(limit, 64, Slow);
        Assert.Equal(33, limit.Limit);
    }

    [Fact]
    public void A_few_slow_answers_among_many_fast_ones_do_not_lower_the_limit()
    {
        var clock = new ManualClock();
        var limit = Warm(Limit(clock, max: 100), clock);
        Admit(limit, 100);

        limit.Release(Slow);
        ReleaseAll(limit, 98, Fast);
        clock.Advance(AdmissionLimit.Window);
        limit.Release(Fast);

        Assert.Equal(100, limit.Limit);
    }

    [Fact]
    public void Fast_answers_at_the_lowered_limit_raise_it_back_to_the_maximum()
    {
        var clock = new ManualClock();
        var limit = Warm(Limit(clock, max: 100, min: 10), clock);
        Admit(limit, 40);
        clock.Advance(AdmissionLimit.Window);
        ReleaseAll(limit, AdmissionLimit.MinFinishedToJudge, Slow);
        ReleaseAll(limit, 20, Fast);
        var lowered = limit.Limit;

        var windows = 0;
        for (; limit.Limit < 100 && windows < 100; windows++)
        {
            // Demand fills the limit every window, and every answer is fast.
            var admitted = Admit(limit, 1000);
            clock.Advance(AdmissionLimit.Window);
            ReleaseAll(limit, admitted, Fast);
        }

        Assert.Equal(15, lowered);
        Assert.Equal(100, limit.Limit);
        Assert.InRange(windows, 10, 40);
    }

    private static AdmissionLimit Limit(ManualClock clock, int max, int min = 1) =>
        Shedding.Over(_ => Task.CompletedTask, max, s =>
        {
            s.MinConcurrentRequests = min;
            s.LatencyTargetMilliseconds = 1000;
        }, clock).Limit;

    /// <summary>Past the warm-up: one request let in and answered (slowly, which the warm-up ignores), then the clock moved on.</summary>
    private static AdmissionLimit Warm(AdmissionLimit limit, ManualClock clock)
    {
        Assert.True(limit.TryAcquire(out _));
        limit.Release(Slow);
        clock.Advance(AdmissionLimit.WarmUp);
        return limit;
    }

    private static int Admit(AdmissionLimit limit, int count)
    {
        var admitted = 0;
        while (admitted < count && limit.TryAcquire(out _))
        {
            admitted++;
        }

        return admitted;
    }

    private static void ReleaseAll(AdmissionLimit limit, int count, TimeSpan latency)
    {
        for (var i = 0; i < count; i++)
        {
            limit.Release(latency);
        }
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}
