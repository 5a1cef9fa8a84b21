using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Security;

/// <summary>
/// A cluster (one silo, the gateway as its own process) whose gateway allows each client address only a few
/// key lookups and anonymous requests a minute. Its own processes, so these small allowances touch no other test.
/// </summary>
public sealed class KeyLookupLimitFixture : IAsyncLifetime
{
    public const int Lookups = 3;
    public const int AnonymousPerMinute = 4;

    public ProcessCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Cluster = await ProcessCluster.StartAsync(new ProcessClusterOptions
        {
            Discovery = false,
            GatewayEnvironment =
            [
                new("Gateway__KeyLookupsPerMinute", $"{Lookups}"),
                new("Gateway__AnonymousRequestsPerMinute", $"{AnonymousPerMinute}"),
            ],
        });

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }
}
