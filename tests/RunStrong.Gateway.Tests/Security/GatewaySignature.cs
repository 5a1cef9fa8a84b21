using System.Globalization;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// Signs a request the way the gateway does, so a test can reach the silo as an authenticated caller and
/// prove the silo's own checks (its second wall) rather than the gateway's.
/// </summary>
internal static class GatewaySignature
{
    /// <summary>A caller holding a key of tenant <paramref name="tenantId"/>, of the <paramref name="kind"/> the gateway would sign for it.</summary>
    public static CallerContext Tenant(string tenantId, TenantKind kind) => new(CallerRole.Tenant, tenantId, kind);

    public static void Sign(HttpRequestMessage request, CallerContext caller)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var pathAndQuery = request.RequestUri!.OriginalString;
        var headers = request.Headers;
        headers.Add(TenantContextHeaders.Role, caller.Role.ToString());
        if (caller.TenantId is not null)
        {
            headers.Add(TenantContextHeaders.Tenant, caller.TenantId);
            headers.Add(TenantContextHeaders.TenantKind, caller.TenantKind.ToString());
        }

        headers.Add(TenantContextHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        headers.Add(TenantContextHeaders.Signature, new RequestSigner(TestSecrets.SigningKey).Sign(caller, request.Method.Method, pathAndQuery, timestamp));
    }
}
