using System.Globalization;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Benchmarks.Platform;

/// <summary>
/// Adds to a request for a silo exactly the caller headers the gateway adds after authenticating a tenant
/// key (see the gateway's SignedCallerTransform), signed with the shared secret, so a benchmark can call a
/// silo directly and be admitted.
/// </summary>
public sealed class GatewaySignature(RequestSigner signer, TimeProvider clock)
{
    public void Apply(HttpRequestMessage request, string tenantId, TenantKind kind)
    {
        var caller = new CallerContext(CallerRole.Tenant, tenantId, kind);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var pathAndQuery = uri.IsAbsoluteUri ? uri.PathAndQuery : "/" + uri.OriginalString.TrimStart('/');
        var headers = request.Headers;
        headers.TryAddWithoutValidation(TenantContextHeaders.TenantKind, kind.ToString());
        headers.TryAddWithoutValidation(TenantContextHeaders.Role, caller.Role.ToString());
        headers.TryAddWithoutValidation(TenantContextHeaders.Tenant, tenantId);
        headers.TryAddWithoutValidation(TenantContextHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        headers.TryAddWithoutValidation(TenantContextHeaders.Signature, signer.Sign(caller, request.Method.Method, pathAndQuery, timestamp));
    }
}
