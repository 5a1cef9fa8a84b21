using System.Net;
using RunStrong.Contracts.Cluster;
using Yarp.ReverseProxy.Transforms;

namespace RunStrong.Gateway.Forwarding;

/// <summary>
/// Spots a silo's explicit refusal (503 with <see cref="UnprocessedRefusal.Header"/>: it processed nothing, e.g.
/// it was stalled and is not confirmed a member) before YARP copies its body, holds the body back and marks
/// the request, so <see cref="IdempotentRetry"/> sends it to another silo instead of handing the 503 to the client.
/// </summary>
public sealed class UnprocessedRefusalTransform : ResponseTransform
{
    public override ValueTask ApplyAsync(ResponseTransformContext context)
    {
        if (context.ProxyResponse is { StatusCode: HttpStatusCode.ServiceUnavailable } response
            && response.Headers.Contains(UnprocessedRefusal.Header))
        {
            context.SuppressResponseBody = true;
            context.HttpContext.Features.Set(RefusedUnprocessed.Instance);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>Marks a proxied attempt that the silo refused without processing it.</summary>
public sealed class RefusedUnprocessed
{
    public static readonly RefusedUnprocessed Instance = new();

    private RefusedUnprocessed()
    {
    }
}
