namespace RunStrong.Gateway.Hosting;

/// <summary>
/// Keeps the gateway's Orleans client trying to connect while the silos start (the gateway may come up
/// first), with a short pause between attempts, until the host shuts down.
/// </summary>
internal sealed partial class RetryUntilClusterIsUp(ILogger<RetryUntilClusterIsUp> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LogWaiting(logger, exception);
        await Task.Delay(Pause, cancellationToken);
        return !cancellationToken.IsCancellationRequested;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for the Orleans cluster to accept the gateway.")]
    private static partial void LogWaiting(ILogger logger, Exception reason);
}
