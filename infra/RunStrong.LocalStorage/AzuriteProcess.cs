using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RunStrong.LocalStorage;

/// <summary>
/// One Azurite process on loopback (or another local address) with ports of its own, for tests and benchmarks. Storage lives in a
/// folder (kept across <see cref="RestartAsync"/>, so data survives a storage restart); disposing stops the
/// process and deletes a folder it created.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly AzuriteInstallation installation;
    private readonly bool ownsLocation;
    private Process? process;
    private volatile string? lastError;

    private AzuriteProcess(AzuriteInstallation installation, string location, bool ownsLocation, AzuriteEndpoints endpoints)
    {
        this.installation = installation;
        Location = location;
        this.ownsLocation = ownsLocation;
        Endpoints = endpoints;
    }

    public AzuriteEndpoints Endpoints { get; }

    public string ConnectionString => Endpoints.ConnectionString;

    public string Location { get; }

    /// <summary>The running Azurite's process id (for fault tests that pause it); null while stopped.</summary>
    public int? ProcessId => process is { HasExited: false } running ? running.Id : null;

    /// <summary>Installs Azurite if needed and starts it on free ports of <paramref name="host"/> (loopback unless given); returns once it answers.</summary>
    public static async Task<AzuriteProcess> StartAsync(string? location = null, string host = AzuriteEndpoints.LoopbackHost, CancellationToken cancellationToken = default)
    {
        var installation = AzuriteInstallation.Locate();
        await installation.EnsureInstalledAsync(cancellationToken: cancellationToken);
        var ownsLocation = location is null;
        location ??= Directory.CreateTempSubdirectory("runstrong-azurite-").FullName;
        for (var attempt = 1; ; attempt++)
        {
            var azurite = new AzuriteProcess(installation, location, ownsLocation, new AzuriteEndpoints(FreePort(), FreePort(), FreePort(), host));
            try
            {
                await azurite.StartProcessAsync(cancellationToken);
                return azurite;
            }
            catch (InvalidOperationException) when (attempt < 3 && azurite.process is { HasExited: true })
            {
                // A port found free was taken before Azurite bound it (by another process on the machine, such as a test
                // project running beside this one, whose outgoing connections use the same port range): other ports.
            }
        }
    }

    /// <summary>Stops and starts the same instance on the same ports and data folder.</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default) => RestartAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Stops the instance as a storage service restarts (its connections closed, new ones refused, every write it
    /// acknowledged kept), stays down for <paramref name="downFor"/>, then starts it on the same ports and data
    /// folder; returns once it answers.
    /// </summary>
    public async Task RestartAsync(TimeSpan downFor, CancellationToken cancellationToken = default)
    {
        await StopGracefullyAsync(cancellationToken);
        await Task.Delay(downFor, cancellationToken);
        await StartProcessAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopProcessAsync();
        if (ownsLocation)
        {
            try
            {
                Directory.Delete(Location, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS temp cleaner; nothing depends on it.
            }
        }
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(installation.Executable)
        {
            WorkingDirectory = installation.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments(Endpoints, Location))
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite.");
        lastError = null;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => lastError = line.Data ?? lastError;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync(cancellationToken);
    }

    /// <summary>Command-line arguments for Azurite on the given ports and data folder (also used by the AppHost).</summary>
    public static IEnumerable<string> Arguments(AzuriteEndpoints endpoints, string location) =>
    [
        "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
        "--location", location,
        "--blobHost", endpoints.Host, "--blobPort", endpoints.BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--queueHost", endpoints.Host, "--queuePort", endpoints.QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--tableHost", endpoints.Host, "--tablePort", endpoints.TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        foreach (var uri in new[] { Endpoints.BlobUri, Endpoints.TableUri })
        {
            while (!await AnswersAsync(http, uri, cancellationToken))
            {
                if (process is { HasExited: true } || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"Azurite did not start on {uri} (exited: {process?.HasExited}; last error line: {lastError ?? "none"}).");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>Any HTTP reply means Azurite is serving; an unauthenticated request gets a 4xx.</summary>
    private static async Task<bool> AnswersAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var _ = await http.GetAsync(uri, cancellationToken);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// SIGTERM, and waits for the exit: Azurite then writes its metadata to disk. Killed outright it would lose
    /// what it acknowledged since its last autosave (every 5 s), which Azure Storage never does.
    /// </summary>
    private async Task StopGracefullyAsync(CancellationToken cancellationToken)
    {
        if (process is { HasExited: false } running)
        {
            using var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", running.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
            if (term is not null)
            {
                await term.WaitForExitAsync(cancellationToken);
            }

            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(TimeSpan.FromSeconds(15));
            try
            {
                await running.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // It did not stop in time: killed below, as a crash.
            }
        }

        await StopProcessAsync();
    }

    private async Task StopProcessAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        process = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
