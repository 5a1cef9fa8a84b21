using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RunStrong.Gateway.Authentication;

/// <summary>
/// How many keys one client address may have looked up in the cluster (a key the gateway has not cached, known
/// or unknown) per minute. Random well-formed keys each cost a grain activation and a storage read; this bounds
/// what an unauthenticated caller can spend, while a genuine client's key is cached after its first use.
/// Idle partitions are dropped by the limiter itself, so memory follows the number of active addresses.
/// </summary>
public sealed class KeyLookupLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> limiter;

    public KeyLookupLimiter(IOptions<GatewaySettings> settings)
    {
        var perMinute = settings.Value.KeyLookupsPerMinute;
        limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = Math.Max(1, perMinute / 6),
                ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool TryLookup(IPAddress? client)
    {
        using var lease = limiter.AttemptAcquire(client ?? IPAddress.None);
        return lease.IsAcquired;
    }

    /// <summary>Whether the address has any lookups left, without spending one.</summary>
    public bool HasAllowance(IPAddress? client) =>
        limiter.GetStatistics(client ?? IPAddress.None) is not { CurrentAvailablePermits: <= 0 };

    public void Dispose() => limiter.Dispose();
}
