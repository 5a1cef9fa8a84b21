using RunStrong.Contracts.Security;

namespace RunStrong.Testing;

/// <summary>
/// Signs a request the way the gateway does (caller, method, the silo's address, path and query, time, nonce,
/// body digest), so a test can reach a silo as an authenticated caller and prove the silo's own checks.
/// </summary>
public static class GatewaySigning
{
    /// <summary>Adds the signed caller headers to <paramref name="request"/>, addressed to the silo at <paramref name="silo"/>.</summary>
    public static async Task<SignedRequest> SignAsync(
        HttpRequestMessage request, Uri silo, CallerContext caller, DateTimeOffset? at = null, string signingKey = TestSecrets.SigningKey)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var pathAndQuery = uri.IsAbsoluteUri ? uri.PathAndQuery : "/" + uri.OriginalString.TrimStart('/');
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync();
        var signed = new SignedRequest(
            caller, request.Method.Method, silo.Authority, pathAndQuery, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(),
            RequestSigner.NewNonce(), RequestSigner.Sha256Of(body));
        Apply(request, signed, new RequestSigner(signingKey).Sign(signed));
        return signed;
    }

    /// <summary>Adds <paramref name="signed"/>'s headers with the given signature (a test may pass one of another request).</summary>
    public static void Apply(HttpRequestMessage request, SignedRequest signed, string signature)
    {
        foreach (var (name, value) in SignedCallerHeaders.Of(signed, signature))
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
