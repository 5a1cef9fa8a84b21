using Microsoft.AspNetCore.Http.Features;
using RunStrong.Contracts.Routes;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace RunStrong.Gateway.Forwarding;

/// <summary>
/// Retries a proxied request on another silo when the attempt failed before any response began: always
/// for requests whose route is declared safe to repeat (<see cref="RouteRule.RetrySafe"/>), and for any request the silo
/// never received (connection refused) or that it refused unprocessed (<see cref="UnprocessedRefusalTransform"/>). A
/// dead, draining or stalled silo thus costs a client at most a little latency, never an error. Imports and admin
/// POSTs are not repeated once sent and possibly processed: a second one would create a second thing.
/// </summary>
public static class IdempotentRetry
{
    public const int MaxAttempts = 3;

    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(100);

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        // The body, if any, is already buffered (ForwardedBody), so a retry can send the same bytes.
        var idempotent = IsIdempotent(context);
        // Load balancing narrows the feature's destinations to the one it picked, so remember the full set
        // and retry over it minus every destination that already failed this request.
        var proxy = context.GetReverseProxyFeature();
        var candidates = proxy.AvailableDestinations;
        var failed = new List<DestinationState>();
        for (var attempt = 1; ; attempt++)
        {
            await next();
            var error = context.Features.Get<IForwarderErrorFeature>();
            var refused = context.Features.Get<RefusedUnprocessed>() is not null;
            context.Features.Set<RefusedUnprocessed>(null);
            if (refused && attempt >= MaxAttempts)
            {
                await AllRefusedAsync(context);
                return;
            }

            if ((error is null && !refused) || context.Response.HasStarted || attempt >= MaxAttempts || !(refused || idempotent || NeverSent(error!)))
            {
                return;
            }

            if (HasBody(context.Request) && !context.Request.Body.CanSeek)
            {
                return;
            }

            if (proxy.ProxiedDestination is { } destination)
            {
                failed.Add(destination);
            }

            var others = candidates.Where(d => !failed.Contains(d)).ToList();
            proxy.AvailableDestinations = others.Count > 0 ? others : candidates;
            context.Features.Set<IForwarderErrorFeature>(null);
            context.Response.Clear();
            if (context.Request.Body.CanSeek)
            {
                context.Request.Body.Position = 0;
            }

            await Task.Delay(Backoff * attempt, context.RequestAborted);
        }
    }

    /// <summary>Every attempt met a silo that refused it unprocessed: the client may send it again.</summary>
    private static Task AllRefusedAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(
                "The silos tried refused the request without processing it (they are confirming their cluster membership); send it again.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable")
            .ExecuteAsync(context);
    }

    /// <summary>
    /// Only requests that carry a body need buffering to be sent again (most are bodiless GETs). The server
    /// knows (a body may come without a length header, e.g. over HTTP/2).
    /// </summary>
    public static bool HasBody(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;

    public static bool IsIdempotent(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>() is { RetrySafe: true };

    /// <summary>The request never reached a silo: it could not connect.</summary>
    private static bool NeverSent(IForwarderErrorFeature error) =>
        error.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }
        || error.Exception?.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };
}
