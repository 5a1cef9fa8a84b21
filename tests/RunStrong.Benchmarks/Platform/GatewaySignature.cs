using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Benchmarks.Platform;

/// <summary>
/// Adds to a bodiless request for a silo exactly the caller headers the gateway adds after authenticating a
/// tenant key (see the gateway's ForwardedCallerTransform), signed with the shared secret and addressed to
/// <paramref name="silo"/>, with a fresh nonce each time, so a benchmark can call a silo directly and be admitted.
/// </summary>
public sealed class GatewaySignature(RequestSigner signer, TimeProvider clock, Uri silo)
{
    public void Apply(HttpRequestMessage request, string tenantId, TenantKind kind)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var signed = new SignedRequest(
            new CallerContext(CallerRole.Tenant, tenantId, kind),
            request.Method.Method,
            silo.Authority,
            uri.IsAbsoluteUri ? uri.PathAndQuery : "/" + uri.OriginalString.TrimStart('/'),
            clock.GetUtcNow().ToUnixTimeSeconds(),
            RequestSigner.NewNonce(),
            RequestSigner.EmptyBodySha256);
        foreach (var (name, value) in SignedCallerHeaders.Of(signed, signer.Sign(signed)))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
