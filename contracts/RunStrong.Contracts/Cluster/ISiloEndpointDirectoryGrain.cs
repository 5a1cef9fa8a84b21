using Orleans.Concurrency;

namespace RunStrong.Contracts.Cluster;

/// <summary>
/// The silos' HTTP endpoints, for the gateway's proxy destinations (one grain, key <see cref="Key"/>).
/// Held in memory only: every silo re-announces itself every few seconds, so a new activation is complete
/// again within one period, and the gateway filters by cluster membership, which is the truth on who is alive.
/// </summary>
public interface ISiloEndpointDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "cluster";

    Task Announce(SiloEndpoint endpoint);

    /// <summary>A silo that is shutting down withdraws first, so the gateway stops sending before it stops serving.</summary>
    Task Withdraw(string siloAddress);

    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<SiloEndpoint>> List();
}
