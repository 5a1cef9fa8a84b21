using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// One token bucket per tenant, sized from that tenant's limits (burst at once, refilled at its rate), so a
/// tenant past its limit gets 429 with Retry-After while every other tenant keeps its own budget. Platform
/// admin and health requests are not limited here.
/// </summary>
public static class TenantRateLimiting
{
    public static IServiceCollection AddTenantRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Features.Get<ApiKeyOwner>() is { } owner
                    ? RateLimitPartition.GetTokenBucketLimiter(PartitionKey(owner), _ => Bucket(owner.Limits))
                    : RateLimitPartition.GetNoLimiter("platform"));
            options.OnRejected = WriteTooManyRequests;
        });

    /// <summary>The limits are part of the key: new limits take effect with a fresh bucket.</summary>
    private static string PartitionKey(ApiKeyOwner owner) =>
        string.Create(CultureInfo.InvariantCulture, $"{owner.TenantId}|{owner.Limits.RequestsPerMinute}|{owner.Limits.Burst}");

    private static TokenBucketRateLimiterOptions Bucket(TenantLimits limits)
    {
        // Refill every second when the rate allows at least one request a second, else one token per interval.
        var perSecond = limits.RequestsPerMinute / 60.0;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = perSecond >= 1 ? (int)Math.Ceiling(perSecond) : 1,
            ReplenishmentPeriod = perSecond >= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / limits.RequestsPerMinute),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static async ValueTask WriteTooManyRequests(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                $"This tenant's request limit is used up; retry after {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests")
            .ExecuteAsync(rejected.HttpContext);
    }
}
