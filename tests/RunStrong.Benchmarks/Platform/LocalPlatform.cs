using System.Globalization;
using RunStrong.ClusterSecurity;
using RunStrong.LocalStorage;
using RunStrong.Testing;

namespace RunStrong.Benchmarks.Platform;

/// <summary>
/// Azurite, one silo and the gateway as separate processes on loopback, each on a free port, in the
/// Production environment with every setting given explicitly, and a self-signed cluster certificate for
/// the mutual TLS between them; or, for the comparison (<c>--cluster-tls off</c>), without cluster TLS in
/// the Testing environment. With <c>--tracing</c>, every host exports telemetry to a local OTLP receiver
/// (<see cref="OtlpSink"/>), with tracing on or switched off. Disposal stops the gateway, then the silo, and Azurite last (a silo whose
/// storage vanishes first hangs).
/// </summary>
public sealed class LocalPlatform : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> started = [];

    private LocalPlatform(PlatformSecrets secrets, bool clusterTls, bool? tracing)
    {
        Secrets = secrets;
        ClusterTls = clusterTls;
        Tracing = tracing;

        // Backstop for an exit that skips DisposeAsync (a signal the harness did not handle): no process
        // outlives the harness.
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
    }

    public PlatformSecrets Secrets { get; }

    /// <summary>True: the gateway-silo hop and Orleans run over mutual TLS, as deployed.</summary>
    public bool ClusterTls { get; }

    /// <summary>True: traces exported to <see cref="Otlp"/>; false: tracing off (metrics and logs still exported); null: no export.</summary>
    public bool? Tracing { get; }

    /// <summary>The OTLP receiver the hosts export to, when <see cref="Tracing"/> is set.</summary>
    public OtlpSink? Otlp { get; private set; }

    public Uri GatewayUri { get; private set; } = null!;

    /// <summary>The silo's public listener (readiness, /metrics).</summary>
    public Uri SiloUri { get; private set; } = null!;

    /// <summary>
    /// Where a request straight to the silo goes: its cluster listener with the cluster certificate
    /// (<see cref="DirectTls"/>) when cluster TLS is on; its public listener (which then serves the API, as
    /// before TLS) when it is off.
    /// </summary>
    public Uri DirectUri { get; private set; } = null!;

    /// <summary>The certificate and trust a direct client uses, or null without cluster TLS.</summary>
    public ClusterTls? DirectTls => ClusterTls ? TestClusterCertificate.Tls : null;

    public HostProcess Gateway { get; private set; } = null!;

    public HostProcess Silo { get; private set; } = null!;

    public static async Task<LocalPlatform> StartAsync(
        RepositoryLayout layout, BenchmarkOptions options, bool clusterTls, bool? tracing, TextWriter log, CancellationToken cancellationToken)
    {
        var platform = new LocalPlatform(PlatformSecrets.Generate("bench"), clusterTls, tracing);
        try
        {
            await platform.StartProcessesAsync(layout, options, log, cancellationToken);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    private async Task StartProcessesAsync(RepositoryLayout layout, BenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var (siloDll, gatewayDll) = (layout.SiloDll, layout.GatewayDll);
        var azurite = await AzuriteProcess.StartAsync(cancellationToken: cancellationToken);
        started.Add(azurite);
        log.WriteLine($"azurite  blob {azurite.Endpoints.BlobUri} table {azurite.Endpoints.TableUri} (data in {azurite.Location})");

        var siloPort = FreePort.Pick();
        var gatewayPort = FreePort.Pick();
        SiloUri = new Uri($"http://127.0.0.1:{siloPort}/");
        GatewayUri = new Uri($"http://127.0.0.1:{gatewayPort}/");
        var common = CommonEnvironment(azurite.ConnectionString).Concat(TelemetryEnvironment(log)).ToArray();

        // As deployed (AppHost): the gateway reaches the silo on its cluster listener, HTTPS with the cluster
        // certificate both ways (HTTP/2 by ALPN); without cluster TLS the same listener speaks HTTP/2 cleartext.
        var clusterPort = FreePort.Pick();
        var clusterUrl = string.Create(CultureInfo.InvariantCulture, $"{(ClusterTls ? "https" : "http")}://127.0.0.1:{clusterPort}/");
        DirectUri = ClusterTls ? new Uri(clusterUrl) : SiloUri;
        Silo = HostProcess.Start("silo", siloDll,
        [
            .. common,
            new("ASPNETCORE_URLS", Url(siloPort)),
            new("RunStrong__ClusterHttpsPort", clusterPort.ToString(CultureInfo.InvariantCulture)),
            new("Orleans__AdvertisedIPAddress", "127.0.0.1"),
            .. options.SiloEnvironment,
        ]);
        started.Add(Silo);
        log.WriteLine($"silo     {SiloUri}, cluster listener {clusterUrl} ({(ClusterTls ? "mutual TLS" : "h2c, cluster TLS off")}) (pid {Silo.Id}, {siloDll})");

        Gateway = HostProcess.Start("gateway", gatewayDll,
        [
            .. common,
            new("ASPNETCORE_URLS", Url(gatewayPort)),
            // HTTP/1.1 for the comparison: over the same HTTPS listener with TLS, the public one without.
            new("ReverseProxy__Clusters__silos__Destinations__silo-1__Address", options.ProxyHttp1 && !ClusterTls ? SiloUri.ToString() : clusterUrl),
            new("ReverseProxy__Clusters__silos__HttpRequest__Version", options.ProxyHttp1 ? "1.1" : "2"),
            new("ReverseProxy__Clusters__silos__HttpRequest__VersionPolicy", "RequestVersionExact"),
            .. options.GatewayEnvironment,
        ]);
        started.Add(Gateway);
        log.WriteLine($"gateway  {GatewayUri} (pid {Gateway.Id}, {gatewayDll})");

        await Task.WhenAll(
            HostReadiness.WaitAsync(Silo, SiloUri, cancellationToken: cancellationToken),
            HostReadiness.WaitAsync(Gateway, GatewayUri, cancellationToken: cancellationToken));
        log.WriteLine("silo and gateway ready");
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        // Reverse start order: gateway, silo, then Azurite.
        for (var i = started.Count - 1; i >= 0; i--)
        {
            await started[i].DisposeAsync();
        }

        started.Clear();
    }

    private void StopOnExit(object? sender, EventArgs e) => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>After the common environment (which turns export off), so these win.</summary>
    private IEnumerable<KeyValuePair<string, string>> TelemetryEnvironment(TextWriter log)
    {
        if (Tracing is not { } tracing)
        {
            return [];
        }

        Otlp = OtlpSink.Start();
        started.Insert(0, Otlp);
        log.WriteLine($"otlp     {Otlp.Endpoint} (tracing {(tracing ? "on" : "off")})");
        return tracing
            ? Otlp.ExporterEnvironment()
            : [.. Otlp.ExporterEnvironment(), new("Telemetry__Tracing__Enabled", "false")];
    }

    private IEnumerable<KeyValuePair<string, string>> CommonEnvironment(string storage) =>
        HostEnvironment.Common(storage, Secrets, ClusterTls ? TestClusterCertificate.Files : null);

    private static string Url(int port) => HostEnvironment.LoopbackUrl(port);
}
