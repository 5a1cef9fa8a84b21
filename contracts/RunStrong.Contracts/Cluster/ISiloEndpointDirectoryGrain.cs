using Orleans.Concurrency;
using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Cluster;

/// <summary>
/// The silos' HTTP endpoints, for the gateway's proxy destinations (one grain, key <see cref="Key"/>).
/// Held in memory only: every silo re-announces itself every few seconds, so a new activation is complete
/// again within one period, and the gateway filters by cluster membership, which is the truth on who is alive.
/// </summary>
[GrainScope(GrainScope.System)]
public interface ISiloEndpointDirectoryGrain : IGrainWithStringKey
{
    public const string Key = "cluster";

    /// <summary>Records where the gateway reaches a silo. Only silos announce (see <see cref="GrainScope.System"/>).</summary>
    Task Announce(SiloEndpoint endpoint);

    /// <summary>A silo that is shutting down withdraws first, so the gateway stops sending before it stops serving.</summary>
    Task Withdraw(string siloAddress);

    /// <summary>
    /// The announced endpoints. The gateway reads them through its Orleans client, outside any silo and before
    /// any caller exists; they are addresses on the cluster network, which a client of the cluster can reach anyway.
    /// </summary>
    [ReadOnly, AlwaysInterleave, AnyCaller]
    Task<IReadOnlyList<SiloEndpoint>> List();
}
