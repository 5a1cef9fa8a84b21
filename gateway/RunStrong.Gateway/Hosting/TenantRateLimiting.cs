using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Authorization;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// The rate-limiter policies routes name (<see cref="GatewayPolicies"/>). Tenant routes: one token bucket per
/// tenant, sized from that tenant's limits (burst at once, refilled at its rate), so a tenant past its limit
/// gets 429 with Retry-After while every other tenant keeps its own budget; the platform admin is not limited.
/// Routes open to anyone: one bucket per client address.
/// </summary>
public static class TenantRateLimiting
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, GatewaySettings settings) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(GatewayPolicies.TenantRate, context =>
                context.Features.Get<ApiKeyOwner>() is { } owner
                    ? RateLimitPartition.GetTokenBucketLimiter(PartitionKey(owner), _ => Bucket(owner.Limits))
                    : RateLimitPartition.GetNoLimiter("platform"));
            options.AddPolicy(GatewayPolicies.ClientAddressRate, context =>
                RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress ?? IPAddress.None, _ =>
                    Bucket(new TenantLimits(settings.AnonymousRequestsPerMinute, Math.Max(1, settings.AnonymousRequestsPerMinute / 4), 0))));
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
        var who = rejected.HttpContext.Features.Get<ApiKeyOwner>() is null ? "This address's" : "This tenant's";
        await TypedResults.Problem(
                $"{who} request limit is used up; retry after {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests")
            .ExecuteAsync(rejected.HttpContext);
    }
}
