using RunStrong.Contracts.Cluster;
using RunStrong.Silo.Hosting;

namespace RunStrong.Silo.Cluster;

/// <summary>
/// Tells the cluster where the gateway reaches this silo's HTTP API, every <see cref="Period"/> while it
/// runs, and withdraws it as soon as shutdown begins (see <see cref="ShutdownDrain"/>). The URL is the
/// silo's advertised address with the cluster listener's port (HTTPS with mutual TLS; HTTP/2 cleartext only
/// when cluster TLS is off for the benchmark).
/// </summary>
public sealed partial class SiloAnnouncement(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    ClusterListener listener,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<SiloAnnouncement> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    private ISiloEndpointDirectoryGrain Directory => grains.GetGrain<ISiloEndpointDirectoryGrain>(ISiloEndpointDirectoryGrain.Key);

    private string SiloAddress => silo.SiloAddress.ToParsableString();

    /// <summary>Withdraws this silo from the gateway's destinations (best effort: membership covers the rest).</summary>
    public async Task WithdrawAsync()
    {
        try
        {
            await Directory.Withdraw(SiloAddress).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogWithdrawFailed(logger, e);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var endpoint = Endpoint();
        LogAnnouncing(logger, endpoint.Url, endpoint.SiloAddress);
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            if (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await Directory.Announce(endpoint);
            }
            catch (Exception e) when (e is not OutOfMemoryException && !stoppingToken.IsCancellationRequested)
            {
                LogAnnounceFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // Http2: the gateway asks for HTTP/2 (negotiated by ALPN over TLS, or the h2c listener without it).
    private SiloEndpoint Endpoint() =>
        new(SiloAddress, listener.AnnouncedUrl(silo.SiloAddress.Endpoint.Address), true, clock.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcing {Url} to the gateway as silo {Silo}.")]
    private static partial void LogAnnouncing(ILogger logger, string url, string silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce this silo's HTTP endpoint; retrying.")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not withdraw this silo's HTTP endpoint; membership will remove it.")]
    private static partial void LogWithdrawFailed(ILogger logger, Exception exception);
}
