using Microsoft.AspNetCore.Http.Features;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Security;

namespace RunStrong.Gateway.Forwarding;

/// <summary>
/// The body as it will be forwarded, hashed for the signature (the silo checks it, so a body altered on the
/// hop is refused). Hashing needs the whole body before the request leaves, so it is buffered: in memory up
/// to the route's <see cref="RouteRule.BufferInMemoryBytes"/>, beyond that in a temporary file (a member upload),
/// never more than the route's limit. The buffer also lets a retry send the same bytes again.
/// </summary>
public sealed record ForwardedBody(string Sha256)
{

    private static readonly ForwardedBody Empty = new(RequestSigner.EmptyBodySha256);

    /// <summary>The proxy pipeline step: hashes the body (if any) and rewinds it for the forwarder.</summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        context.Features.Set(await ReadAsync(context));
        await next();
    }

    private static async Task<ForwardedBody> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true))
        {
            return Empty;
        }

        request.EnableBuffering(context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>()?.BufferInMemoryBytes ?? 64 * 1024);
        var digest = await RequestSigner.Sha256OfAsync(request.Body, context.RequestAborted);
        request.Body.Position = 0;
        return new ForwardedBody(digest);
    }
}
