using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using RunStrong.LocalStorage;
using RunStrong.Testing;

[assembly: AssemblyFixture(typeof(RunStrong.EndToEnd.Tests.AppHostFixture))]

// The tests restart the shared platform: they must not run while another uses it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace RunStrong.EndToEnd.Tests;

/// <summary>
/// The real AppHost (three silo processes and the gateway) started once for the assembly on its own Azurite,
/// on ports Aspire picks and a fresh cluster id, so it never collides with a platform already running on
/// this machine. The AppHost's own Azurite start is covered by running it (README); here storage must
/// outlive the restarts the tests make. Silos and gateway get the test run's cluster certificate.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private AzuriteProcess? storage;

    /// <summary>Silos the AppHost runs: three, so one can be paused or lost while two still vote it dead.</summary>
    public const int SiloCount = 3;

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The platform's storage: fault tests pause and restart it (same ports, same data).</summary>
    public AzuriteProcess Storage => storage ?? throw new InvalidOperationException("Storage is not started.");

    public string AdminKey { get; private set; } = "";

    private readonly string clusterId = $"e2e-{Guid.NewGuid():N}";

    /// <summary>This run's Orleans cluster id: it tells this platform's silo processes from any other's.</summary>
    public string ClusterId => clusterId;

    public async ValueTask InitializeAsync()
    {
        storage = await AzuriteProcess.StartAsync();
        await StartAsync();
    }

    /// <summary>
    /// Stops the gateway and the silos and starts them again on the same storage and cluster id. Storage
    /// stays up, as Azure Storage does while an operator restarts the cluster.
    /// </summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    private async Task StartAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RunStrong_AppHost>(
            [
                "RunStrong:GatewayPort=0", $"RunStrong:SiloCount={SiloCount}", $"RunStrong:StorageConnectionString={storage!.ConnectionString}", $"RunStrong:ClusterId={clusterId}",
                // The test run's own cluster certificate, not the one a developer's AppHost keeps in .data.
                $"RunStrong:ClusterCertificatePath={TestClusterCertificate.Files.CertificatePath}",
                $"RunStrong:ClusterKeyPath={TestClusterCertificate.Files.KeyPath}",
            ],
            timeout.Token);
        AdminKey = builder.Configuration["RunStrong:AdminKey"] ?? throw new InvalidOperationException("No admin key configured.");
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    private async Task StopAsync()
    {
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    public HttpClient Gateway() => App.CreateHttpClient("gateway", "http");

    public async ValueTask DisposeAsync()
    {
        // Storage goes last: silos whose storage vanished hang on shutdown.
        await StopAsync();
        if (storage is not null)
        {
            await storage.DisposeAsync();
        }
    }
}
