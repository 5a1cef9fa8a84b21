using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunStrong.LocalStorage;

namespace RunStrong.AppHost;

/// <summary>
/// Azurite as an executable resource (no containers here): installed from infra/azurite's lock file if
/// missing, on loopback ports chosen at start, with a health check so silos start only once it answers.
/// </summary>
internal static class AzuriteResourceExtensions
{
    public static IResourceBuilder<ExecutableResource> AddAzurite(
        this IDistributedApplicationBuilder builder, string name, AzuriteInstallation installation, string dataFolder, out AzuriteEndpoints endpoints)
    {
        Directory.CreateDirectory(dataFolder);
        var ports = new AzuriteEndpoints(FreePort(), FreePort(), FreePort());
        endpoints = ports;
        var healthCheck = $"{name}-answers";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => AnswersAsync(ports, ct));

        return builder.AddExecutable(name, installation.Executable, installation.Folder, [.. AzuriteProcess.Arguments(ports, dataFolder)])
            .WithHttpEndpoint(port: ports.BlobPort, targetPort: ports.BlobPort, name: "blob", isProxied: false)
            .WithHttpEndpoint(port: ports.QueuePort, targetPort: ports.QueuePort, name: "queue", isProxied: false)
            .WithHttpEndpoint(port: ports.TablePort, targetPort: ports.TablePort, name: "table", isProxied: false)
            .WithHealthCheck(healthCheck);
    }

    /// <summary>Any HTTP reply from both blob and table services means Azurite is serving.</summary>
    private static async Task<HealthCheckResult> AnswersAsync(AzuriteEndpoints endpoints, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var blob = await http.GetAsync(endpoints.BlobUri, cancellationToken);
            using var table = await http.GetAsync(endpoints.TableUri, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy("Azurite does not answer yet.", ex);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
