using Orleans.TestingHost;
using RunStrong.Gateway.Hosting;
using RunStrong.LocalStorage;
using RunStrong.Silo.Hosting;
using RunStrong.Testing;

[assembly: AssemblyFixture(typeof(RunStrong.Silo.Tests.ClusterFixture))]

namespace RunStrong.Silo.Tests;

/// <summary>
/// One in-process Orleans cluster (two silos) for the whole assembly, with grain state, reminders and
/// serialization set up exactly as the silo host does it, on a real Azurite, and the same mutual TLS between
/// silos and from the client (over the test cluster's in-memory transport) with the test cluster certificate.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public string StorageConnectionString => azurite!.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        var connectionString = azurite.ConnectionString;
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddRunStrongGrainServices(connectionString);
            silo.UseClusterTls(TestClusterCertificate.Tls);
            silo.AddIncomingGrainCallFilter<ShardFaults>();
        });
        builder.ConfigureClient(client => client.UseClusterTls(TestClusterCertificate.Tls).Services.AddSerializer(s => s.AddRunStrongDomainTypes()));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Drops the grain's activation, so the next call reads its state back from storage.</summary>
    public Task DeactivateAsync(IAddressable grain) => Cluster.DeactivateAsync(grain);

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
