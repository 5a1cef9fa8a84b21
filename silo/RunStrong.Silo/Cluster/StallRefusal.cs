using System.Diagnostics;
using RunStrong.Contracts.Cluster;
using RunStrong.ServiceDefaults;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Cluster;

/// <summary>
/// First in the pipeline: while <see cref="StallGuard"/> says so, every request but the probes and the metrics
/// scrape gets 503 + Retry-After and <see cref="UnprocessedRefusal.Header"/>, before any endpoint (and so any
/// grain) runs, so nothing is answered from an activation that may be stale. The gateway sends such a request
/// to another silo.
/// </summary>
public sealed partial class StallRefusal(RequestDelegate next, StallGuard guard, ILogger<StallRefusal> logger)
{
    public const int RetryAfterSeconds = 1;

    public const string Title = "This silo is not serving: it was stalled.";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (ServiceDefaultsExtensions.IsHealthProbe(path) || ServiceDefaultsExtensions.IsMetricsScrape(path)
            || !guard.ShouldRefuse(Stopwatch.GetTimestamp(), out var reason))
        {
            return next(context);
        }

        LogRefused(logger, context.Request.Method, path.Value ?? "");
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers[UnprocessedRefusal.Header] = UnprocessedRefusal.Stalled;
        return Problems.Write(context, StatusCodes.Status503ServiceUnavailable, Title, reason + " The request was not processed; send it again.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path} unprocessed: this silo was stalled and is not confirmed active.")]
    private static partial void LogRefused(ILogger logger, string method, string path);
}
