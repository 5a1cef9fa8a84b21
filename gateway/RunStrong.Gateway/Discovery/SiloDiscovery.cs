using System.Security.Cryptography;
using System.Text;
using RunStrong.Contracts.Cluster;

namespace RunStrong.Gateway.Discovery;

/// <summary>
/// Keeps the proxy's silo destinations equal to the cluster: every <see cref="Period"/> it reads which silos
/// cluster membership holds active and the HTTP endpoints silos announced, and publishes the endpoints of
/// active silos. A silo that joins appears within a period of announcing; one that dies leaves when
/// membership declares it dead (and the active health checks stop traffic to it within a second or two
/// before that); one shutting down withdraws itself first. If the cluster cannot be read, the last known
/// destinations stay.
/// </summary>
public sealed partial class SiloDiscovery(
    IClusterClient cluster, SiloDestinationsConfiguration destinations, TimeProvider clock, ILogger<SiloDiscovery> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one read of membership and the announced endpoints may take. The endpoint directory is a grain;
    /// when it lives on a silo that froze, a call waits for Orleans' response timeout (30 s) and discovery with
    /// it, keeping a dead silo among the destinations long after membership dropped it. Past this the read is
    /// abandoned and the next period tries again, reaching the directory's new activation once the frozen silo
    /// is declared dead.
    /// </summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);

    private const string Cluster = "ReverseProxy:Clusters:silos";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                await RefreshAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException && !stoppingToken.IsCancellationRequested)
            {
                LogRefreshFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RefreshAsync()
    {
        var active = await cluster.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(ReadTimeout, clock);
        var announced = await cluster.GetGrain<ISiloEndpointDirectoryGrain>(ISiloEndpointDirectoryGrain.Key).List().WaitAsync(ReadTimeout, clock);
        var activeAddresses = active.Keys.Select(silo => silo.ToParsableString()).ToHashSet(StringComparer.Ordinal);
        var live = announced.Where(e => activeAddresses.Contains(e.SiloAddress)).ToList();
        if (live.Count == 0)
        {
            // Never publish an empty cluster: while the cluster starts or a read races a restart, the last
            // known destinations (and their health checks) are the better answer.
            return;
        }

        if (destinations.Replace(ConfigurationOf(live)))
        {
            var urls = string.Join(", ", live.Select(e => e.Url));
            LogDestinations(logger, live.Count, urls);
        }
    }

    /// <summary>The destinations as YARP configuration keys; HTTP/2 only when every silo offers its h2c listener.</summary>
    public static Dictionary<string, string?> ConfigurationOf(IReadOnlyList<SiloEndpoint> endpoints)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints)
        {
            values[$"{Cluster}:Destinations:{NameOf(endpoint)}:Address"] = endpoint.Url;
        }

        var http2 = endpoints.All(e => e.Http2);
        values[$"{Cluster}:HttpRequest:Version"] = http2 ? "2" : "1.1";
        values[$"{Cluster}:HttpRequest:VersionPolicy"] = "RequestVersionExact";
        return values;
    }

    /// <summary>A stable, key-safe destination name per silo address (the address holds ':' and '@').</summary>
    private static string NameOf(SiloEndpoint endpoint) =>
        "silo-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(endpoint.SiloAddress)).AsSpan(0, 6));

    [LoggerMessage(Level = LogLevel.Information, Message = "Proxy destinations now {Count} silo(s): {Urls}.")]
    private static partial void LogDestinations(ILogger logger, int count, string urls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the cluster's silos; keeping the current proxy destinations.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
