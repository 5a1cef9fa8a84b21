using RunStrong.Contracts.Cluster;
using RunStrong.Silo.Cluster;

namespace RunStrong.Silo.Grains;

/// <summary>See <see cref="ISiloEndpointDirectoryGrain"/>. Entries not re-announced for a while are dropped.</summary>
public sealed class SiloEndpointDirectoryGrain(TimeProvider clock) : Grain, ISiloEndpointDirectoryGrain
{
    /// <summary>Three missed announcements: the silo is gone or cut off (membership will say which).</summary>
    private static readonly TimeSpan Expiry = SiloAnnouncement.Period * 3;

    private readonly Dictionary<string, (SiloEndpoint Endpoint, DateTimeOffset SeenAt)> endpoints = new(StringComparer.Ordinal);

    public Task Announce(SiloEndpoint endpoint)
    {
        endpoints[endpoint.SiloAddress] = (endpoint, clock.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task Withdraw(string siloAddress)
    {
        endpoints.Remove(siloAddress);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SiloEndpoint>> List()
    {
        var now = clock.GetUtcNow();
        return Task.FromResult<IReadOnlyList<SiloEndpoint>>(
            [.. endpoints.Values.Where(e => now - e.SeenAt < Expiry).Select(e => e.Endpoint).OrderBy(e => e.SiloAddress, StringComparer.Ordinal)]);
    }
}
