using Microsoft.AspNetCore.Http.Features;
using RunStrong.Contracts.Security;

namespace RunStrong.Silo.Http;

/// <summary>
/// Checks the body against the digest the gateway signed, so a body altered (or swapped) on the way is refused
/// with 401 and nothing is stored. Documents are read and checked before the endpoint runs (they are small and
/// bounded by the route's limit; buffering also lets a retry read them again). A streamed upload is checked
/// as it is read (<see cref="DigestCheckingStream"/>): a mismatch surfaces at its end, before the upload is
/// committed, so what was stored is exactly what the gateway signed.
/// </summary>
public sealed class SignedBodyVerification(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>();
        if (context.Features.Get<SignedRequest>() is not { } signed || rule is null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (!canHaveBody)
        {
            if (signed.BodySha256 != RequestSigner.EmptyBodySha256)
            {
                await RefuseAltered(context);
                return;
            }
        }
        else if (rule.StreamsBody)
        {
            request.Body = new DigestCheckingStream(request.Body, signed.BodySha256);
        }
        else
        {
            request.EnableBuffering();
            if (!string.Equals(await RequestSigner.Sha256OfAsync(request.Body, context.RequestAborted), signed.BodySha256, StringComparison.Ordinal))
            {
                await RefuseAltered(context);
                return;
            }

            request.Body.Position = 0;
        }

        await next(context);
    }

    private static Task RefuseAltered(HttpContext context) =>
        Problems.Write(context, StatusCodes.Status401Unauthorized, "Unauthenticated", "The request body does not match its signature.");
}
