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

    public static TheoryData<string> ChangedParts => ["method", "authority", "path", "time", "nonce", "body", "tenant", "kind", "role", "athlete"];

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
            "athlete" => request with { Caller = request.Caller with { Role = CallerRole.Athlete, AthleteId = "ana" } },
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

    [Fact]
    public void An_athlete_caller_reads_back_and_another_athlete_id_breaks_its_signature()
    {
        var request = Request() with { Caller = new CallerContext(CallerRole.Athlete, "riverside-gym", TenantKind.Gym, "ana") };
        var signature = Signer.Sign(request);
        var headers = SignedCallerHeaders.Of(request, signature).ToDictionary(h => h.Key, h => h.Value);

        Assert.True(SignedCallerHeaders.TryRead(headers.GetValueOrDefault, request.Method, request.Authority, request.PathAndQuery, out var read, out _));
        Assert.Equal(request, read);
        Assert.False(Signer.Verify(request with { Caller = request.Caller with { AthleteId = "bob" } }, signature, Now));
    }

    public static TheoryData<string, string?, string> MisfitAthleteHeaders => new()
    {
        { nameof(CallerRole.Athlete), null, "an athlete caller without its athlete" },
        { nameof(CallerRole.Athlete), "a/b", "an athlete id off the id rule" },
        { nameof(CallerRole.Tenant), "ana", "a staff caller naming an athlete" },
        { nameof(CallerRole.Admin), "ana", "the admin naming an athlete" },
    };

    [Theory]
    [MemberData(nameof(MisfitAthleteHeaders))]
    public void Caller_headers_that_mix_roles_and_athletes_do_not_read(string role, string? athlete, string because)
    {
        var request = Request();
        var headers = SignedCallerHeaders.Of(request, Signer.Sign(request)).ToDictionary(h => h.Key, h => h.Value);
        headers[TenantContextHeaders.Role] = role;
        if (role == nameof(CallerRole.Admin))
        {
            headers.Remove(TenantContextHeaders.Tenant);
            headers.Remove(TenantContextHeaders.TenantKind);
        }

        if (athlete is null)
        {
            headers.Remove(TenantContextHeaders.Athlete);
        }
        else
        {
            headers[TenantContextHeaders.Athlete] = athlete;
        }

        Assert.False(SignedCallerHeaders.TryRead(headers.GetValueOrDefault, request.Method, request.Authority, request.PathAndQuery, out _, out _), because);
    }
}
