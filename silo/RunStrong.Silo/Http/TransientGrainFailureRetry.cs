using Microsoft.AspNetCore.Http.Features;

namespace RunStrong.Silo.Http;

/// <summary>
/// When a silo dies, calls to grains that lived there fail until membership declares it dead and the
/// grains re-activate elsewhere (a few seconds, see docs/OPERATIONS.md). For requests that are safe to
/// repeat (<see cref="RouteRule.RetrySafe"/>) this middleware runs the endpoint again with backoff across
/// that window, so a client sees a slower answer instead of a 500. Anything else fails as it did.
/// </summary>
public sealed partial class TransientGrainFailureRetry(RequestDelegate next, ILogger<TransientGrainFailureRetry> logger)
{
    /// <summary>About 4.5 s of waiting in all: longer than failure detection with the tuned membership probes.</summary>
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5)];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>() is not { RetrySafe: true } rule)
        {
            await next(context);
            return;
        }

        // Only a body needs buffering to be read again; most requests here are bodiless GETs. Ask the server,
        // not the headers: over HTTP/2 (the gateway's hop) a body may come without any length header.
        var hasBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (hasBody)
        {
            context.Request.EnableBuffering(rule.BufferInMemoryBytes);
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception e) when (IsTransient(e) && attempt < Delays.Length && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                LogRetrying(logger, e.GetType().Name, context.Request.Method, context.Request.Path.Value ?? "", attempt + 1);
                await Task.Delay(Delays[attempt], context.RequestAborted);
                if (hasBody)
                {
                    context.Request.Body.Position = 0;
                }

                context.Response.Clear();
            }
        }
    }

    /// <summary>
    /// The target silo is unreachable or was declared dead; or, while activations move between silos, two
    /// activations of one grain raced on its state and this one lost twice (it is dropped, and the next
    /// attempt reaches one that reads the stored state). Either way the call can succeed when repeated.
    /// </summary>
    private static bool IsTransient(Exception e) =>
        e is OrleansMessageRejectionException or SiloUnavailableException or TimeoutException or Orleans.Storage.InconsistentStateException
        || (e.InnerException is { } inner && IsTransient(inner));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Error} on {Method} {Path}; retrying (attempt {Attempt}).")]
    private static partial void LogRetrying(ILogger logger, string error, string method, string path, int attempt);
}
