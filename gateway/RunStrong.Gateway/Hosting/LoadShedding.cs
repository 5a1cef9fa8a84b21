using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// Load shedding: tenant requests beyond what this gateway lets in at once (<see cref="AdmissionLimit"/>: at most
/// <see cref="GatewaySettings.MaxConcurrentRequests"/>, fewer while answers are slower than the latency target) are
/// refused at once with 503 and Retry-After instead of queueing behind the others; and one that was let in but got
/// no answer within <see cref="GatewaySettings.ProxyTimeoutSeconds"/> is cut off and answered the same way. An
/// overloaded or slowed cluster then answers some requests quickly and the rest promptly with "later", rather than
/// every request slowly (the club benchmark at 1,024 concurrent sends saw 8.8 s acknowledgements and client
/// timeouts before the count bound; storage 200 ms slower saw p99 of seconds with it alone, docs/OPERATIONS.md
/// "Slow storage"). A write cut off may still be stored: the 503 says "retry", and a retry with the same id is harmless.
/// Per-tenant fairness is the rate limiter's job; this bounds the whole.
/// Health, admin and ops requests are never shed, and neither are event streams (<see cref="RouteRule.EventStream"/>):
/// a live leaderboard stays open for minutes while costing the cluster almost nothing, so counting it would let a
/// few hundred open pages shed every ordinary request. The silos bound open streams themselves. Uploads
/// (<see cref="RouteRule.StreamsBody"/>) are counted but not cut off: their time is the client's sending too.
/// </summary>
public sealed class LoadShedding(RequestDelegate next, IOptionsMonitor<GatewaySettings> settings, AdmissionLimit admission, SheddingMetrics metrics, TimeProvider time)
{
    public const string RetryAfterSeconds = "1";

    public async Task InvokeAsync(HttpContext context)
    {
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>();
        if (context.Features.Get<ApiKeyOwner>() is null || rule is { EventStream: true })
        {
            await next(context);
            return;
        }

        if (!admission.TryAcquire(out var reason))
        {
            await ShedAsync(context, reason, "The platform is at capacity; retry after 1 s.");
            return;
        }

        var started = time.GetTimestamp();
        try
        {
            if (rule is { StreamsBody: true })
            {
                await next(context);
            }
            else
            {
                await WithinTimeoutAsync(context);
            }
        }
        finally
        {
            admission.Release(time.GetElapsedTime(started));
        }
    }

    /// <summary>
    /// Runs the rest of the pipeline with <see cref="HttpContext.RequestAborted"/> also ending at the proxy timeout, so
    /// the forwarded request to the silo (and any retry of it) is cancelled then; if no response had begun, the
    /// client gets 503 + Retry-After rather than the proxy's error.
    /// </summary>
    private async Task WithinTimeoutAsync(HttpContext context)
    {
        var clientAborted = context.RequestAborted;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.CurrentValue.ProxyTimeoutSeconds), time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(clientAborted, timeout.Token);
        context.RequestAborted = either.Token;
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !clientAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            // A retry's backoff or another wait ended by the timeout: answered below.
        }
        finally
        {
            context.RequestAborted = clientAborted;
        }

        if (timeout.IsCancellationRequested && !clientAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await ShedAsync(context, ShedReason.Timeout, $"No answer within {settings.CurrentValue.ProxyTimeoutSeconds} s; retry after 1 s.");
        }
    }

    private async Task ShedAsync(HttpContext context, ShedReason reason, string detail)
    {
        metrics.Shed(reason);
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        await TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service busy")
            .ExecuteAsync(context);
    }
}
