using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// Load shedding: past <see cref="GatewaySettings.MaxConcurrentRequests"/> tenant requests in flight on this
/// gateway, a new one is refused at once with 503 and Retry-After instead of queueing behind the others. An
/// overloaded cluster then answers some requests quickly and the rest promptly with "later", rather than
/// every request slowly (the club benchmark at 1,024 concurrent sends saw 8.8 s acknowledgements and client
/// timeouts before this). Per-tenant fairness is the rate limiter's job; this bounds the whole.
/// Health, admin and ops requests are never shed, and neither are event streams (<see cref="RouteRule.EventStream"/>):
/// a live leaderboard stays open for minutes while costing the cluster almost nothing, so counting it would let a
/// few hundred open pages shed every ordinary request. The silos bound open streams themselves.
/// </summary>
public sealed class LoadShedding(RequestDelegate next, IOptionsMonitor<GatewaySettings> settings)
{
    private int inFlight;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<ApiKeyOwner>() is null || context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>() is { EventStream: true })
        {
            await next(context);
            return;
        }

        if (Interlocked.Increment(ref inFlight) > settings.CurrentValue.MaxConcurrentRequests)
        {
            Interlocked.Decrement(ref inFlight);
            context.Response.Headers.RetryAfter = "1";
            await TypedResults.Problem(
                    "The platform is at capacity; retry after 1 s.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service busy")
                .ExecuteAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }
}
