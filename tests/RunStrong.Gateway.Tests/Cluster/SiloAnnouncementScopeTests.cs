using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using RunStrong.Contracts.Cluster;
using RunStrong.Silo.Cluster;

namespace RunStrong.Gateway.Tests.Cluster;

/// <summary>
/// The real silo host's <see cref="SiloAnnouncement"/> (a hosted service calling through the silo's own
/// IGrainFactory, outside any grain) counts as a call from inside the silo, so the System-scoped endpoint
/// directory accepts it.
/// </summary>
public sealed class SiloAnnouncementScopeTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_silo_hosts_own_announcement_reaches_the_system_scoped_endpoint_directory()
    {
        var services = fixture.Platform.SiloServices;
        var silo = services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToParsableString();
        var directory = services.GetRequiredService<IGrainFactory>().GetGrain<ISiloEndpointDirectoryGrain>(ISiloEndpointDirectoryGrain.Key);

        // The silo announces every period; a few periods cover a directory activation that has just started.
        var deadline = DateTimeOffset.UtcNow + (SiloAnnouncement.Period * 5);
        IReadOnlyList<SiloEndpoint> endpoints;
        while (!(endpoints = await directory.List()).Any(e => e.SiloAddress == silo) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), Cancel);
        }

        Assert.Contains(endpoints, e => e.SiloAddress == silo);
    }
}
