using System.Diagnostics;
using System.Globalization;
using RunStrong.LocalStorage;
using RunStrong.Testing.Network;

namespace RunStrong.Testing.Processes;

/// <summary>
/// The platform as separate processes on loopback, as deployed: Azurite, N silos and one gateway, each
/// <c>dotnet &lt;dll&gt;</c> of this build's silo and gateway, on free ports, in the Production environment
/// with every setting explicit (the test run's cluster certificate included), all in one fresh cluster (its own cluster id). Silos can be killed (SIGKILL),
/// stopped gracefully (SIGTERM) and added while it runs. With <see cref="ProcessClusterOptions.NetworkNamespaces"/>
/// each silo runs in a network namespace of its own (<see cref="Network"/>), so a test can cut its links.
/// Disposal ends the gateway, then the silos, Azurite (a silo whose storage vanishes first hangs) and the
/// network last; nothing it started outlives it.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    private readonly ProcessClusterOptions options;
    private readonly RepositoryLayout layout;
    private readonly List<SiloProcess> silos = [];
    private AzuriteProcess? azurite;
    private DelayedStorage? delayedStorage;
    private HostProcess? gateway;
    private ClusterNetwork? network;
    private int disposed;

    private ProcessCluster(ProcessClusterOptions options, RepositoryLayout layout)
    {
        this.options = options;
        this.layout = layout;
        // Backstop for an exit that skips DisposeAsync (a test host killed mid-run): no process outlives it.
        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
    }

    /// <summary>This cluster's Orleans cluster id: unique, so it never joins another cluster on this machine.</summary>
    public string ClusterId { get; } = $"proc-{Guid.NewGuid():N}";

    public PlatformSecrets Secrets { get; } = PlatformSecrets.Generate("test");

    public string StorageConnectionString => azurite?.ConnectionString ?? throw new InvalidOperationException("Storage is not started.");

    /// <summary>
    /// Added to every storage call the silos and the gateway make (not the test's own); settable only with
    /// <see cref="ProcessClusterOptions.DelayableStorage"/>.
    /// </summary>
    public TimeSpan StorageDelay
    {
        get => delayedStorage?.Delay ?? TimeSpan.Zero;
        set => (delayedStorage ?? throw new InvalidOperationException("The cluster was started without DelayableStorage.")).Delay = value;
    }

    public Uri GatewayUri { get; private set; } = null!;

    public HostProcess Gateway => gateway ?? throw new InvalidOperationException("The gateway is not started.");

    /// <summary>The silos' network namespaces and bridge; only with <see cref="ProcessClusterOptions.NetworkNamespaces"/>.</summary>
    public ClusterNetwork Network => network ?? throw new InvalidOperationException("This cluster runs on loopback (NetworkNamespaces is off).");

    /// <summary>Every silo ever started in this cluster, in start order, whatever its state now.</summary>
    public IReadOnlyList<SiloProcess> Silos
    {
        get
        {
            lock (silos)
            {
                return [.. silos];
            }
        }
    }

    public IReadOnlyList<SiloProcess> RunningSilos => [.. Silos.Where(s => s.State == SiloState.Running)];

    /// <summary>The cluster's rows in the Orleans membership table.</summary>
    public ClusterMembership Membership => new(StorageConnectionString, ClusterId);

    public static async Task<ProcessCluster> StartAsync(ProcessClusterOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ProcessClusterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Silos, 1);
        var cluster = new ProcessCluster(options, RepositoryLayout.Locate());
        try
        {
            await cluster.StartPartsAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more silo and returns once it answers <c>/health/ready</c> (an active cluster member).</summary>
    public async Task<SiloProcess> StartSiloAsync(CancellationToken cancellationToken = default)
    {
        var silo = LaunchSilo(network?.AddNamespace());
        await WaitReadyAsync(silo, cancellationToken);
        return silo;
    }

    /// <summary>
    /// Starts a new silo in place of one that has exited, in its network namespace (on loopback: anywhere), as a
    /// Deployment replaces a pod; returns once it answers <c>/health/ready</c>.
    /// </summary>
    public async Task<SiloProcess> ReplaceSiloAsync(int index, CancellationToken cancellationToken = default)
    {
        var gone = Silos[index];
        if (!gone.Host.HasExited)
        {
            throw new InvalidOperationException($"{gone.Name} (pid {gone.Host.Id}) is still running; only a silo that exited is replaced.");
        }

        if (gone.State == SiloState.Running)
        {
            gone.State = SiloState.Exited;
        }

        var silo = LaunchSilo(gone.Namespace);
        await WaitReadyAsync(silo, cancellationToken);
        return silo;
    }

    /// <summary>SIGKILL: no shutdown, no membership update, activations lost mid-call. Returns once the process is gone.</summary>
    public async Task KillSiloAsync(int index)
    {
        var silo = Silo(index);
        silo.Host.Kill();
        silo.State = SiloState.Killed;
        Log($"{silo.Name} killed (SIGKILL, pid {silo.Host.Id})");
        if (!await silo.Host.WaitForExitAsync(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException($"{silo.Name} (pid {silo.Host.Id}) was still running 10 s after SIGKILL.");
        }
    }

    /// <summary>
    /// SIGTERM, then waits until the silo has exited (its graceful drain and Orleans shutdown); returns how
    /// long that took. A silo still running after <see cref="ProcessClusterOptions.StopTimeout"/> is killed and
    /// the call throws: a graceful stop that hangs is a failure.
    /// </summary>
    public async Task<TimeSpan> StopSiloAsync(int index, CancellationToken cancellationToken = default)
    {
        var silo = Silo(index);
        var started = Stopwatch.GetTimestamp();
        silo.Host.Terminate();
        Log($"{silo.Name} sent SIGTERM (pid {silo.Host.Id})");
        var exited = await silo.Host.WaitForExitAsync(options.StopTimeout, cancellationToken);
        var took = Stopwatch.GetElapsedTime(started);
        silo.State = SiloState.Stopped;
        if (!exited)
        {
            silo.Host.Kill();
            throw new TimeoutException(
                $"{silo.Name} was still running {options.StopTimeout.TotalSeconds} s after SIGTERM (now killed). Its last output:{Environment.NewLine}{silo.Host.OutputTail()}");
        }

        Log($"{silo.Name} exited {took.TotalSeconds:F1} s after SIGTERM (exit code {silo.Host.ExitCode})");
        return took;
    }

    /// <summary>A client for the gateway, with no key set.</summary>
    public HttpClient GatewayClient() => new() { BaseAddress = GatewayUri };

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }

        await Task.WhenAll(Silos.Select(s => s.Host.DisposeAsync().AsTask()));
        if (delayedStorage is not null)
        {
            await delayedStorage.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        network?.Dispose();
    }

    private async Task StartPartsAsync(CancellationToken cancellationToken)
    {
        if (options.NetworkNamespaces)
        {
            network = ClusterNetwork.Create(options.Silos, options.Log);
        }

        azurite = await AzuriteProcess.StartAsync(host: network?.BridgeAddress.ToString() ?? AzuriteEndpoints.LoopbackHost, cancellationToken: cancellationToken);
        Log($"azurite blob {azurite.Endpoints.BlobUri} table {azurite.Endpoints.TableUri}; cluster {ClusterId}");
        if (options.DelayableStorage)
        {
            delayedStorage = DelayedStorage.Start(azurite.Endpoints);
            Log($"hosts reach storage through delaying proxies: blob {delayedStorage.Endpoints.BlobUri} table {delayedStorage.Endpoints.TableUri}");
        }

        var first = Enumerable.Range(0, options.Silos).Select(i => LaunchSilo(network?.Namespaces[i])).ToList();
        await Task.WhenAll(first.Select(s => WaitReadyAsync(s, cancellationToken)));

        var port = FreePort.Pick();
        GatewayUri = new Uri(HostEnvironment.LoopbackUrl(port) + "/");
        gateway = HostProcess.Start("gateway", layout.GatewayDll, [.. Common(), new("ASPNETCORE_URLS", HostEnvironment.LoopbackUrl(port)), .. StaticDestinations(first), .. options.GatewayEnvironment], Forward("gateway"));
        Log($"gateway started at {GatewayUri} (pid {gateway.Id}, {(options.Discovery ? "destinations from membership" : "static destinations")})");
        var started = Stopwatch.GetTimestamp();
        await HostReadiness.WaitAsync(gateway, GatewayUri, options.ReadyTimeout, cancellationToken);
        Log($"gateway ready after {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }

    /// <param name="space">The network namespace to run it in; null: loopback, in the root namespace.</param>
    private SiloProcess LaunchSilo(NetworkNamespace? space)
    {
        ObjectDisposedException.ThrowIf(disposed == 1, this);
        var (httpPort, clusterPort) = (FreePort.Pick(), FreePort.Pick());
        int index;
        lock (silos)
        {
            index = silos.Count;
        }

        var name = $"silo-{index + 1}";
        var address = space?.Address.ToString() ?? "127.0.0.1";
        var httpUrl = string.Create(CultureInfo.InvariantCulture, $"http://{address}:{httpPort}");
        var host = HostProcess.Start(name, layout.SiloDll,
        [
            .. Common(),
            new("ASPNETCORE_URLS", httpUrl),
            new("RunStrong__ClusterHttpsPort", clusterPort.ToString(CultureInfo.InvariantCulture)),
            new("Orleans__SiloPort", "0"),
            new("Orleans__GatewayPort", "0"),
            new("Orleans__AdvertisedIPAddress", address),
            .. options.SiloEnvironment,
        ], Forward(name), space?.Launcher);
        var silo = new SiloProcess(index, host, new Uri(httpUrl + "/"), new Uri(string.Create(CultureInfo.InvariantCulture, $"https://{address}:{clusterPort}/")), space);
        lock (silos)
        {
            silos.Add(silo);
        }

        Log($"{name} started at {silo.HttpUri} (cluster {silo.ClusterUri}, pid {host.Id}{(space is null ? "" : ", namespace " + space.Name)})");
        return silo;
    }

    private async Task WaitReadyAsync(SiloProcess silo, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await HostReadiness.WaitAsync(silo.Host, silo.HttpUri, options.ReadyTimeout, cancellationToken);
        Log($"{silo.Name} ready after {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }

    private IEnumerable<KeyValuePair<string, string>> Common() =>
    [
        .. HostEnvironment.Common(delayedStorage?.ConnectionString ?? StorageConnectionString, Secrets, TestClusterCertificate.Files),
        new("Orleans__ClusterId", ClusterId),
        // What a failover test wants to see in order: the silos' drain and the gateway's destination changes.
        new("Logging__LogLevel__RunStrong", "Information"),
        new("Logging__LogLevel__Microsoft.Hosting.Lifetime", "Information"),
        new("Logging__Console__FormatterName", "simple"),
        new("Logging__Console__FormatterOptions__SingleLine", "true"),
        new("Logging__Console__FormatterOptions__TimestampFormat", "HH:mm:ss.fff "),
        new("Logging__Console__FormatterOptions__UseUtcTimestamp", "true"),
    ];

    /// <summary>Without discovery: the first silos' cluster listeners as fixed YARP destinations, as the gateway had them before.</summary>
    private IEnumerable<KeyValuePair<string, string>> StaticDestinations(IReadOnlyList<SiloProcess> first)
    {
        if (options.Discovery)
        {
            return [];
        }

        return
        [
            .. first.Select(s => new KeyValuePair<string, string>(
                $"ReverseProxy__Clusters__silos__Destinations__{s.Name}__Address", s.ClusterUri.ToString())),
            new("ReverseProxy__Clusters__silos__HttpRequest__Version", "2"),
            new("ReverseProxy__Clusters__silos__HttpRequest__VersionPolicy", "RequestVersionExact"),
        ];
    }

    private SiloProcess Silo(int index)
    {
        var silo = Silos[index];
        return silo.State == SiloState.Running ? silo : throw new InvalidOperationException($"{silo.Name} is not running ({silo.State}).");
    }

    private Action<string>? Forward(string name) => options.ProcessOutput is { } output ? line => output(name, line) : null;

    private void Log(string message) => options.Log?.Invoke(message);

    private void StopOnExit(object? sender, EventArgs e) => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
