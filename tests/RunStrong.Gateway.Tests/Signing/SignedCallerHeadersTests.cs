using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Tests.Signing;

/// <summary>What the signature covers, and that the headers carrying it read back only in their one spelling.</summary>
public sealed class SignedCallerHeadersTests
{
    private static readonly RequestSigner Signer = new(TestSecrets.SigningKey);
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static SignedRequest Request() => new(
        new CallerContext(CallerRole.Tenant, "riverside-gym", TenantKind.Gym), "PUT", "10.0.0.7:8443", "/api/t/riverside-gym/athletes/ana?asOf=2026-12-01",
        Now.ToUnixTimeSeconds(), RequestSigner.NewNonce(), RequestSigner.Sha256Of("{\"weightKg\":64}"u8));

    [Fact]
    public void Headers_written_for_a_request_read_back_to_the_same_request_and_verify()
    {
        var request = Request();
        var headers = SignedCallerHeaders.Of(request, Signer.Sign(request)).ToDictionary(h => h.Key, h => h.Value);

        Assert.True(SignedCallerHeaders.TryRead(headers.GetValueOrDefault, request.Method, request.Authority, request.PathAndQuery, out var read, out var signature));
        Assert.Equal(request, read);
        Assert.True(Signer.Verify(read, signature, Now));
    }

    public static TheoryData<string> ChangedParts => ["method", "authority", "path", "time", "nonce", "body", "tenant", "kind", "role"];

    [Theory]
    [MemberData(nameof(ChangedParts))]
    public void Changing_any_signed_part_breaks_the_signature(string part)
    {
        var request = Request();
        var signature = Signer.Sign(request);
        var changed = part switch
        {
            "method" => request with { Method = "DELETE" },
            "authority" => request with { Authority = "10.0.0.8:8443" },
            "path" => request with { PathAndQuery = "/api/t/riverside-gym/athletes/bob?asOf=2026-12-01" },
            "time" => request with { UnixSeconds = request.UnixSeconds - 1 },
            "nonce" => request with { Nonce = RequestSigner.NewNonce() },
            "body" => request with { BodySha256 = RequestSigner.Sha256Of("{\"weightKg\":99}"u8) },
            "tenant" => request with { Caller = request.Caller with { TenantId = "other-gym" } },
            "kind" => request with { Caller = request.Caller with { TenantKind = TenantKind.Club } },
            _ => request with { Caller = CallerContext.Admin },
        };

        Assert.False(Signer.Verify(changed, signature, Now));
    }

    [Fact]
    public void A_signature_older_or_newer_than_the_skew_is_refused()
    {
        var request = Request();
        var signature = Signer.Sign(request);

        Assert.True(Signer.Verify(request, signature, Now + RequestSigner.MaxClockSkew));
        Assert.False(Signer.Verify(request, signature, Now + RequestSigner.MaxClockSkew + TimeSpan.FromSeconds(2)));
        Assert.False(Signer.Verify(request, signature, Now - RequestSigner.MaxClockSkew - TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void An_admin_caller_with_tenant_headers_does_not_read()
    {
        var request = Request() with { Caller = CallerContext.Admin };
        var headers = SignedCallerHeaders.Of(request, Signer.Sign(request)).ToDictionary(h => h.Key, h => h.Value);
        headers[TenantContextHeaders.Tenant] = "riverside-gym";

        Assert.False(SignedCallerHeaders.TryRead(headers.GetValueOrDefault, request.Method, request.Authority, request.PathAndQuery, out _, out _));
    }
}
