using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RunStrong.AppHost.Supervision;

/// <summary>
/// Heals the local platform: watches the silo resources and starts a silo again when its process exited
/// without being asked to (crash, SIGKILL, Orleans ending a silo that was declared dead), with the backoff and
/// the rules of <see cref="SiloRestartPolicy"/>, through the same start command the dashboard offers. Each
/// restart is logged to the AppHost's log and to the silo's own log in the dashboard.
/// </summary>
internal sealed partial class SiloSupervisor(
    IReadOnlySet<string> silos,
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<SiloSupervisor> logger) : BackgroundService
{
    private readonly SiloRestartPolicy policy = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (!silos.Contains(update.Resource.Name))
                {
                    continue;
                }

                var shuttingDown = lifetime.ApplicationStopping.IsCancellationRequested || stoppingToken.IsCancellationRequested;
                var exit = policy.Observe(update.ResourceId, update.Snapshot.State?.Text, update.Snapshot.ExitCode, clock.GetUtcNow(), shuttingDown);
                if (exit is null)
                {
                    continue;
                }

                if (exit.Restart)
                {
                    _ = RestartAsync(update.ResourceId, exit, stoppingToken);
                }
                else
                {
                    LogLeftStopped(logger, update.ResourceId, exit.ExitCode, exit.Reason);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The AppHost is stopping.
        }
    }

    private async Task RestartAsync(string resource, SiloExit exit, CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                LogRestarting(logger, resource, exit.ExitCode, exit.Reason, exit.Attempt, exit.Delay.TotalSeconds);
                LogRestarting(resourceLogs.GetLogger(resource), resource, exit.ExitCode, exit.Reason, exit.Attempt, exit.Delay.TotalSeconds);
                await Task.Delay(exit.Delay, clock, stoppingToken);
                if (lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    return;
                }

                var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, stoppingToken);
                if (result.Success || result.Canceled || lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    return;
                }

                exit = policy.StartFailed(resource, result.Message ?? "no reason given");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The AppHost is stopping: no restart.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRestartFailed(logger, resource, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} exited unexpectedly (exit code {ExitCode}, {State}): restart {Attempt} in a row, in {DelaySeconds:F0} s.")]
    private static partial void LogRestarting(ILogger logger, string resource, int? exitCode, string state, int attempt, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource} stopped (exit code {ExitCode}) and stays stopped: {Reason}.")]
    private static partial void LogLeftStopped(ILogger logger, string resource, int? exitCode, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not restart {Resource}; it stays stopped until started from the dashboard.")]
    private static partial void LogRestartFailed(ILogger logger, string resource, Exception exception);
}
