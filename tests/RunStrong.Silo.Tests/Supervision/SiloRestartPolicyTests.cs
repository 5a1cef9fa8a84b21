using RunStrong.AppHost.Supervision;

namespace RunStrong.Silo.Tests.Supervision;

/// <summary>
/// When the AppHost starts an exited silo again (SiloRestartPolicy): crashes and kills are restarted with a
/// CrashLoopBackOff-like delay; an operator's stop and the AppHost's own shutdown are not. The end-to-end proof
/// on the real AppHost is in the EndToEnd tests (Faults).
/// </summary>
public sealed class SiloRestartPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_silo_that_dies_by_itself_is_restarted_at_once()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);

        var exit = policy.Observe("silo-1", "Finished", 137, T0.AddSeconds(5), shuttingDown: false);

        Assert.NotNull(exit);
        Assert.True(exit.Restart);
        Assert.Equal(1, exit.Attempt);
        Assert.Equal(TimeSpan.Zero, exit.Delay);
        Assert.Equal(137, exit.ExitCode);
    }

    [Fact]
    public void Repeated_crashes_back_off_doubling_up_to_the_cap()
    {
        var policy = new SiloRestartPolicy();
        var delays = new List<TimeSpan>();
        var at = T0;
        for (var crash = 0; crash < 8; crash++)
        {
            Run(policy, "silo-1", at);
            at = at.AddSeconds(2);
            delays.Add(policy.Observe("silo-1", "Exited", 1, at, shuttingDown: false)!.Delay);
        }

        Assert.Equal([0, 1, 2, 4, 8, 16, 30, 30], delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public void A_silo_that_ran_long_enough_starts_over_from_an_immediate_restart()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);
        policy.Observe("silo-1", "Finished", 1, T0.AddSeconds(1), shuttingDown: false);
        Run(policy, "silo-1", T0.AddSeconds(2));
        Assert.Equal(2, policy.Observe("silo-1", "Finished", 1, T0.AddSeconds(3), shuttingDown: false)!.Attempt);

        Run(policy, "silo-1", T0.AddSeconds(4));
        var exit = policy.Observe("silo-1", "Finished", 1, T0.AddSeconds(4) + SiloRestartPolicy.ResetAfter, shuttingDown: false)!;

        Assert.Equal(1, exit.Attempt);
        Assert.Equal(TimeSpan.Zero, exit.Delay);
    }

    [Fact]
    public void A_silo_that_never_got_running_keeps_backing_off()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);
        policy.Observe("silo-1", "Finished", 1, T0.AddSeconds(1), shuttingDown: false);
        policy.Observe("silo-1", "Starting", null, T0.AddSeconds(2), shuttingDown: false);

        var exit = policy.Observe("silo-1", "FailedToStart", null, T0.AddMinutes(10), shuttingDown: false)!;

        Assert.True(exit.Restart);
        Assert.Equal(2, exit.Attempt);
    }

    [Fact]
    public void A_silo_stopped_by_an_operator_stays_stopped_until_started_again()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);
        Assert.Null(policy.Observe("silo-1", "Stopping", null, T0.AddSeconds(5), shuttingDown: false));

        var stopped = policy.Observe("silo-1", "Finished", 0, T0.AddSeconds(6), shuttingDown: false)!;
        Assert.False(stopped.Restart);

        // Started again from the dashboard, it is supervised again.
        Run(policy, "silo-1", T0.AddSeconds(30));
        Assert.True(policy.Observe("silo-1", "Finished", 137, T0.AddSeconds(40), shuttingDown: false)!.Restart);
    }

    [Fact]
    public void A_silo_the_orchestrator_terminated_is_not_restarted()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);

        Assert.False(policy.Observe("silo-1", "Terminated", null, T0.AddSeconds(5), shuttingDown: false)!.Restart);
    }

    [Fact]
    public void Nothing_is_restarted_while_the_AppHost_shuts_down()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);

        Assert.False(policy.Observe("silo-1", "Finished", 0, T0.AddSeconds(5), shuttingDown: true)!.Restart);
    }

    [Fact]
    public void An_exit_seen_again_while_its_restart_is_pending_asks_for_no_second_restart()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);
        Assert.True(policy.Observe("silo-1", "Finished", 137, T0.AddSeconds(5), shuttingDown: false)!.Restart);

        // The orchestrator reports other terminal states while it replaces the process.
        Assert.Null(policy.Observe("silo-1", "Finished", 137, T0.AddSeconds(5), shuttingDown: false));
        Assert.Null(policy.Observe("silo-1", "Exited", 137, T0.AddSeconds(5.1), shuttingDown: false));
    }

    [Fact]
    public void A_failed_restart_is_tried_again_after_the_next_delay()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);
        policy.Observe("silo-1", "Finished", 137, T0.AddSeconds(5), shuttingDown: false);

        var again = policy.StartFailed("silo-1", "orchestrator unavailable");

        Assert.True(again.Restart);
        Assert.Equal(2, again.Attempt);
        Assert.Equal(SiloRestartPolicy.FirstDelay, again.Delay);
    }

    [Fact]
    public void Silos_back_off_independently()
    {
        var policy = new SiloRestartPolicy();
        Run(policy, "silo-1", T0);
        Run(policy, "silo-2", T0);
        policy.Observe("silo-1", "Finished", 1, T0.AddSeconds(1), shuttingDown: false);
        Run(policy, "silo-1", T0.AddSeconds(2));
        policy.Observe("silo-1", "Finished", 1, T0.AddSeconds(3), shuttingDown: false);

        Assert.Equal(1, policy.Observe("silo-2", "Finished", 1, T0.AddSeconds(3), shuttingDown: false)!.Attempt);
    }

    private static void Run(SiloRestartPolicy policy, string silo, DateTimeOffset at)
    {
        Assert.Null(policy.Observe(silo, "Starting", null, at, shuttingDown: false));
        Assert.Null(policy.Observe(silo, "Running", null, at, shuttingDown: false));
    }
}
