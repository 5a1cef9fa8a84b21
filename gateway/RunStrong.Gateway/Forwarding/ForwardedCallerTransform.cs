using System.Collections.Concurrent;
using RunStrong.Contracts.Security;
using RunStrong.Gateway.Authentication;
using Yarp.ReverseProxy.Transforms;

namespace RunStrong.Gateway.Forwarding;

/// <summary>
/// What a silo receives in place of the client's credentials: the credentials themselves (API key, admin key,
/// Authorization, cookies) stop here, and the authenticated caller goes on in headers signed with the secret
/// the silos share, bound to this attempt (the silo chosen, a fresh nonce, the body's digest). A retry on
/// another silo runs this again and is signed anew.
/// </summary>
public sealed class ForwardedCallerTransform(RequestSigner signer, TimeProvider clock) : RequestTransform
{
    private static readonly string[] Credentials = [RequestHeaders.ApiKey, RequestHeaders.AdminKey, "Authorization", "Cookie"];

    /// <summary>Authority of each destination prefix: a handful of silos, parsed once rather than per request.</summary>
    private readonly ConcurrentDictionary<string, string> authorities = new(StringComparer.Ordinal);

    public override ValueTask ApplyAsync(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        foreach (var credential in Credentials)
        {
            headers.Remove(credential);
        }

        var caller = context.HttpContext.Features.Get<CallerContext>();
        if (caller is null)
        {
            // Routes open to anyone (the OpenAPI description): the silos serve them unsigned and refuse
            // anything else that arrives unsigned.
            return ValueTask.CompletedTask;
        }

        var signed = new SignedRequest(
            caller,
            context.HttpContext.Request.Method,
            authorities.GetOrAdd(context.DestinationPrefix, prefix => new Uri(prefix).Authority),
            context.Path.ToUriComponent() + context.Query.QueryString.ToUriComponent(),
            clock.GetUtcNow().ToUnixTimeSeconds(),
            RequestSigner.NewNonce(),
            context.HttpContext.Features.Get<ForwardedBody>()?.Sha256 ?? RequestSigner.EmptyBodySha256);
        foreach (var (name, value) in SignedCallerHeaders.Of(signed, signer.Sign(signed)))
        {
            headers.TryAddWithoutValidation(name, value);
        }

        return ValueTask.CompletedTask;
    }
}
