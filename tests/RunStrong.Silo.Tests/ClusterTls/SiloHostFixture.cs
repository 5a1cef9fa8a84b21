using RunStrong.LocalStorage;
using RunStrong.Testing;

namespace RunStrong.Silo.Tests.ClusterTls;

/// <summary>
/// The real silo host (its Orleans ports on loopback, the test cluster certificate) on an Azurite of its
/// own, for tests that knock on its ports with Orleans clients. They run here rather than next to the
/// gateway tests: every Orleans client a process starts adds instruments to the process-wide Orleans meter,
/// which would show twice in the gateway tests' strict /metrics checks.
/// </summary>
public sealed class SiloHostFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;
    private SiloFactory? silo;

    public IServiceProvider Services => silo!.Services;

    public async ValueTask InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        silo = new SiloFactory(azurite.ConnectionString, $"tls-{Guid.NewGuid():N}");
        silo.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        if (silo is not null)
        {
            await silo.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
