using System.Diagnostics;
using RunStrong.Silo.Cluster;

namespace RunStrong.Silo.Tests.Cluster;

/// <summary>
/// The stall guard's decisions on a clock the test moves: a gap longer than the threshold makes the silo refuse
/// until a membership read that began after the stall confirms it; a silo found dead refuses for good. The
/// behaviour on real processes (SIGSTOP/SIGCONT) is proved end to end (EndToEnd tests, Faults).
/// </summary>
public sealed class StallGuardTests
{
    private static readonly long T0 = 1_000 * Stopwatch.Frequency;

    private static long At(double seconds) => T0 + (long)(seconds * Stopwatch.Frequency);

    [Fact]
    public void Regular_ticks_never_refuse()
    {
        var guard = new StallGuard(T0);
        for (var t = 0.2; t < 10; t += 0.2)
        {
            guard.Tick(At(t));
        }

        Assert.False(guard.ShouldRefuse(At(10.1), out _));
        Assert.Equal(0, guard.Stalls);
    }

    [Fact]
    public void A_request_after_a_gap_is_refused_even_before_the_ticker_noticed()
    {
        var guard = new StallGuard(T0);
        var detected = new List<TimeSpan>();
        guard.StallDetected += detected.Add;

        Assert.True(guard.ShouldRefuse(At(15), out var reason));
        Assert.Contains("stalled for 15.0 s", reason, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(15), Assert.Single(detected));

        // The ticker's late tick is no second stall.
        guard.Tick(At(15.01));
        Assert.Equal(1, guard.Stalls);
        Assert.Equal(1, guard.Refused);
    }

    [Fact]
    public void A_confirmation_that_began_after_the_stall_lets_requests_through_again()
    {
        var guard = new StallGuard(T0);
        guard.Tick(At(2));
        var stall = guard.Stalls;
        Assert.True(guard.IsRefusing(At(2.1), out _));

        guard.Confirmed(stall);

        Assert.False(guard.ShouldRefuse(At(2.2), out _));
    }

    [Fact]
    public void A_confirmation_of_an_earlier_stall_does_not_cover_a_later_one()
    {
        var guard = new StallGuard(T0);
        guard.Tick(At(2));
        var first = guard.Stalls;
        guard.Tick(At(4));

        guard.Confirmed(first);

        Assert.True(guard.IsRefusing(At(4.1), out _));
        guard.Confirmed(guard.Stalls);
        Assert.False(guard.IsRefusing(At(4.2), out _));
    }

    [Fact]
    public void A_silo_found_dead_after_a_stall_refuses_for_good()
    {
        var guard = new StallGuard(T0);
        guard.Tick(At(15));
        guard.Excluded(nameof(SiloStatus.Dead));
        guard.Confirmed(guard.Stalls);

        Assert.True(guard.ShouldRefuse(At(15.1), out var reason));
        Assert.Contains("Dead", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_up_to_the_threshold_are_no_stall()
    {
        var guard = new StallGuard(T0);
        guard.Tick(At(StallGuard.Threshold.TotalSeconds));

        Assert.False(guard.IsRefusing(At(StallGuard.Threshold.TotalSeconds + 0.1), out _));
    }
}
