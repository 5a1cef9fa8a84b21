using System.Globalization;
using RunStrong.Contracts.Security;
using Yarp.ReverseProxy.Transforms;

namespace RunStrong.Gateway.Forwarding;

/// <summary>
/// Adds the authenticated caller to each forwarded request, signed with the secret the silos share, so a
/// silo can tell a gateway request from anything else that reaches it.
/// </summary>
public sealed class SignedCallerTransform(RequestSigner signer, TimeProvider clock) : RequestTransform
{
    public override ValueTask ApplyAsync(RequestTransformContext context)
    {
        var caller = context.HttpContext.Features.Get<CallerContext>();
        if (caller is null)
        {
            // Only public documents (the OpenAPI description) are routed without a caller; the silos serve
            // them unsigned and refuse anything else that arrives unsigned.
            return ValueTask.CompletedTask;
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var pathAndQuery = context.Path.ToUriComponent() + context.Query.QueryString.ToUriComponent();
        var signature = signer.Sign(caller, context.HttpContext.Request.Method, pathAndQuery, timestamp);

        var headers = context.ProxyRequest.Headers;
        headers.TryAddWithoutValidation(TenantContextHeaders.Role, caller.Role.ToString());
        if (caller.TenantId is not null)
        {
            headers.TryAddWithoutValidation(TenantContextHeaders.Tenant, caller.TenantId);
        }

        headers.TryAddWithoutValidation(TenantContextHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        headers.TryAddWithoutValidation(TenantContextHeaders.Signature, signature);
        return ValueTask.CompletedTask;
    }
}
