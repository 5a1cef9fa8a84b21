namespace RunStrong.Contracts.Security;

/// <summary>
/// What the gateway's signature over a forwarded request covers: who is calling, the exact request (method,
/// the silo it is addressed to, path and query, body digest), when, and a nonce used once. A captured request
/// replayed, sent to another silo, or sent with another body no longer matches.
/// </summary>
/// <param name="Authority">The Host the request is addressed to (<c>10.0.0.7:8443</c>): binds it to one silo listener.</param>
/// <param name="BodySha256">Base64url SHA-256 of the body as forwarded (of no bytes when there is none).</param>
public sealed record SignedRequest(
    CallerContext Caller, string Method, string Authority, string PathAndQuery, long UnixSeconds, string Nonce, string BodySha256);
