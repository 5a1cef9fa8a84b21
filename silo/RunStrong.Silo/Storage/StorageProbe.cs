namespace RunStrong.Silo.Storage;

/// <summary>
/// While the storage circuit is open, asks storage something small every <see cref="StorageCircuit.ProbeInterval"/>,
/// so the circuit closes (and readiness returns) as soon as storage answers again, whether or not requests arrive.
/// Costs nothing while storage answers. It also logs when storage goes and comes back.
/// </summary>
/// <param name="metrics">Taken so the circuit's instruments exist from the silo's start, not from the first outage.</param>
public sealed partial class StorageProbe(StorageClients storage, StorageMetrics metrics, TimeProvider clock, ILogger<StorageProbe> logger) : BackgroundService
{
    public StorageMetrics Metrics { get; } = metrics;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(StorageCircuit.ProbeInterval, clock);
        var wasOpen = false;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var open = storage.Circuit.IsOpen;
            if (open && !wasOpen)
            {
                LogUnreachable(logger);
            }
            else if (!open && wasOpen)
            {
                LogReachable(logger);
            }

            wasOpen = open;
            if (!open)
            {
                continue;
            }

            try
            {
                await storage.Blobs.GetBlobContainerClient(StorageNames.Athletes).ExistsAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Refused by the circuit or no answer yet: the next tick asks again.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage stopped answering: storage calls are refused (503 with Retry-After) and readiness fails until it answers again.")]
    private static partial void LogUnreachable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage answers again: storage calls resume.")]
    private static partial void LogReachable(ILogger logger);
}
