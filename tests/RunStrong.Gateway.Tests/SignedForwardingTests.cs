using System.Globalization;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// The gateway forwards the caller in signed headers and strips whatever a client sends under that prefix;
/// the silo accepts nothing else.
/// </summary>
public sealed class SignedForwardingTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Client_sent_caller_headers_are_stripped_so_the_request_acts_as_the_key_owner()
    {
        var mine = await Platform.CreateTenantAsync();
        var victim = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(mine.ApiKey);
        using var forged = new HttpRequestMessage(HttpMethod.Put, mine.AthletePath("ana")) { Content = JsonContent.Create(Profile()) };
        forged.Headers.Add(TenantContextHeaders.Tenant, victim.Id);
        forged.Headers.Add(TenantContextHeaders.Role, "Admin");
        forged.Headers.Add("x-runstrong-signature", "forged");

        using var response = await client.SendAsync(forged, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var mineRead = await client.GetAsync(mine.AthletePath("ana"), Cancel);
        Assert.Equal(HttpStatusCode.OK, mineRead.StatusCode);
        using var victimClient = Platform.TenantClient(victim.ApiKey);
        using var victimRead = await victimClient.GetAsync(victim.AthletePath("ana"), Cancel);
        await AssertProblemAsync(victimRead, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Forged_tenant_headers_do_not_open_another_tenants_path()
    {
        var mine = await Platform.CreateTenantAsync();
        var victim = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(mine.ApiKey);
        using var forged = new HttpRequestMessage(HttpMethod.Get, victim.AthletePath("ana"));
        forged.Headers.Add(TenantContextHeaders.Tenant, victim.Id);
        forged.Headers.Add(TenantContextHeaders.TenantKind, "Gym");

        using var response = await client.SendAsync(forged, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_caller_bypassing_the_gateway_gets_401_even_with_invented_headers()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var direct = Platform.SiloDirect();
        using var invented = new HttpRequestMessage(HttpMethod.Get, tenant.AthletePath("ana"));
        invented.Headers.Add(TenantContextHeaders.Role, "Tenant");
        invented.Headers.Add(TenantContextHeaders.Tenant, tenant.Id);
        invented.Headers.Add(TenantContextHeaders.TenantKind, "Gym");
        invented.Headers.Add(TenantContextHeaders.Timestamp, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        invented.Headers.Add(TenantContextHeaders.Signature, "AAAA");

        using var bare = await direct.GetAsync(tenant.AthletePath("ana"), Cancel);
        using var forged = await direct.SendAsync(invented, Cancel);

        await AssertProblemAsync(bare, HttpStatusCode.Unauthorized);
        await AssertProblemAsync(forged, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_silo_accepts_a_fresh_signature_and_refuses_a_stale_one_a_foreign_one_or_one_for_another_path()
    {
        var tenant = await Platform.CreateTenantAsync();
        using (var client = Platform.TenantClient(tenant.ApiKey))
        {
            (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();
        }

        var caller = new CallerContext(CallerRole.Tenant, tenant.Id, TenantKind.Gym);
        var now = DateTimeOffset.UtcNow;
        var path = tenant.AthletePath("ana");
        var signer = new RequestSigner(TestSecrets.SigningKey);
        var foreign = new RequestSigner("some-other-secret-0123456789-0123456789");

        Assert.Equal(HttpStatusCode.OK, await SendSigned(signer, caller, path, path, now));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendSigned(signer, caller, path, path, now.AddMinutes(-5)));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendSigned(foreign, caller, path, path, now));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendSigned(signer, caller, path, tenant.AthletePath("bob"), now));
    }

    private async Task<HttpStatusCode> SendSigned(RequestSigner signer, CallerContext caller, string signedPath, string requestPath, DateTimeOffset at)
    {
        using var direct = Platform.SiloDirect();
        using var request = new HttpRequestMessage(HttpMethod.Get, requestPath);
        var timestamp = at.ToUnixTimeSeconds();
        request.Headers.Add(TenantContextHeaders.Role, caller.Role.ToString());
        request.Headers.Add(TenantContextHeaders.Tenant, caller.TenantId);
        request.Headers.Add(TenantContextHeaders.TenantKind, caller.TenantKind.ToString());
        request.Headers.Add(TenantContextHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(TenantContextHeaders.Signature, signer.Sign(caller, "GET", signedPath, timestamp));
        using var response = await direct.SendAsync(request, Cancel);
        return response.StatusCode;
    }
}
