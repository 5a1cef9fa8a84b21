using Microsoft.Extensions.DependencyInjection;
using RunStrong.Contracts.Cluster;

namespace RunStrong.Silo.Tests.Scopes;

/// <summary>
/// The endpoint directory is cluster plumbing: silos announce and withdraw, an external Orleans client (the
/// gateway, here the test cluster's client) may only read the list.
/// </summary>
public sealed class SiloEndpointDirectoryAccessTests(ClusterFixture fixture)
{
    private ISiloEndpointDirectoryGrain FromClient => fixture.Grains.GetGrain<ISiloEndpointDirectoryGrain>(ISiloEndpointDirectoryGrain.Key);

    /// <summary>The directory as a silo's own services reach it (SiloAnnouncement: the silo's IGrainFactory, outside any grain).</summary>
    private ISiloEndpointDirectoryGrain FromSilo => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>()
        .GetGrain<ISiloEndpointDirectoryGrain>(ISiloEndpointDirectoryGrain.Key);

    [Fact]
    public async Task An_external_client_cannot_announce_or_withdraw_a_silo_even_as_the_admin()
    {
        GrainCaller.EnterAdmin();
        var forged = Endpoint();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => FromClient.Announce(forged));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => FromClient.Withdraw(forged.SiloAddress));

        Assert.DoesNotContain(await FromClient.List(), e => e.SiloAddress == forged.SiloAddress);
    }

    [Fact]
    public async Task A_silo_announces_and_withdraws_itself_and_an_external_client_reads_the_list()
    {
        RequestContext.Clear();
        var endpoint = Endpoint();

        await FromSilo.Announce(endpoint);
        Assert.Contains(await FromClient.List(), e => e.SiloAddress == endpoint.SiloAddress);

        await FromSilo.Withdraw(endpoint.SiloAddress);
        Assert.DoesNotContain(await FromClient.List(), e => e.SiloAddress == endpoint.SiloAddress);
    }

    private static SiloEndpoint Endpoint() =>
        new($"test-silo-{Guid.NewGuid():N}", "http://127.0.0.1:1", Http2: true, DateTimeOffset.UtcNow);
}
