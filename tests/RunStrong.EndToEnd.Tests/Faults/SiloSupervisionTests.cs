using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.EndToEnd.Tests.Failover;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// The AppHost heals its silos as a Kubernetes Deployment would: a silo process killed outright is started
/// again (a new process, a new member), while one an operator stops with the dashboard's stop command stays
/// stopped until started again.
/// </summary>
public sealed class SiloSupervisionTests(AppHostFixture platform)
{
    /// <summary>From SIGKILL to a new process that is an active member (measured 8-12 s on the shared 2-core machine).</summary>
    private static readonly TimeSpan RestartBound = TimeSpan.FromSeconds(45);

    /// <summary>How long a stopped silo must stay stopped: several times what a restart takes to begin.</summary>
    private static readonly TimeSpan StaysStoppedFor = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 180_000)]
    public async Task A_killed_silo_is_started_again_and_one_stopped_by_an_operator_stays_stopped_until_started()
    {
        var timeline = new Timeline();
        var processes = new PlatformProcesses(platform);
        var before = await processes.WaitForFullStrengthAsync(TimeSpan.FromSeconds(90), null, Cancel);
        var (silo, pid) = before.OrderBy(s => s.Key, StringComparer.Ordinal).Last();

        var killedAt = timeline.Now;
        SiloProcesses.Kill(pid);
        timeline.Event($"SIGKILL {silo} (pid {pid})");
        var after = await processes.WaitForFullStrengthAsync(RestartBound, silos => silos.TryGetValue(silo, out var now) && now != pid, Cancel);
        var restartedIn = timeline.Now - killedAt;
        timeline.Event($"{silo} runs again as pid {after[silo]} and the cluster has {AppHostFixture.SiloCount} active silos, {restartedIn:F1} s after the kill");

        var commands = platform.App.Services.GetRequiredService<ResourceCommandService>();
        var stop = await commands.ExecuteCommandAsync(processes.Resource(silo), KnownResourceCommands.StopCommand, Cancel);
        Assert.True(stop.Success, $"stop {silo}: {stop.Message}");
        timeline.Event($"{silo} stopped with the stop command");
        await processes.Membership.WaitForActiveAsync(AppHostFixture.SiloCount - 1, TimeSpan.FromSeconds(60), Cancel);
        await Task.Delay(StaysStoppedFor, Cancel);
        var whileStopped = processes.Silos();
        timeline.Event($"{StaysStoppedFor.TotalSeconds:F0} s later: {string.Join(", ", whileStopped.Select(s => $"{s.Key} pid {s.Value}"))}");
        Assert.False(whileStopped.ContainsKey(silo), $"{silo} was started again after an operator stopped it (pid {whileStopped.GetValueOrDefault(silo)}).");
        Assert.Equal(AppHostFixture.SiloCount - 1, await processes.Membership.ActiveCountAsync(Cancel));

        var start = await commands.ExecuteCommandAsync(processes.Resource(silo), KnownResourceCommands.StartCommand, Cancel);
        Assert.True(start.Success, $"start {silo}: {start.Message}");
        var restored = await processes.WaitForFullStrengthAsync(RestartBound, silos => silos.ContainsKey(silo), Cancel);
        timeline.Event($"{silo} started again by the start command: pid {restored[silo]}");

        Assert.True(restartedIn <= RestartBound.TotalSeconds, $"{silo} took {restartedIn:F1} s to come back (bound {RestartBound.TotalSeconds:F0} s).");
    }
}
