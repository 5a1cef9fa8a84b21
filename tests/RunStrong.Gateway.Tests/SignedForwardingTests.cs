using System.Globalization;
using System.Text.Json;
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
        var tenant = await StoredAthleteAsync();
        var caller = Caller(tenant);
        var path = tenant.AthletePath("ana");

        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(Get(path), caller));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendSignedAsync(Get(path), caller, at: DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendSignedAsync(Get(path), caller, signingKey: "some-other-secret-0123456789-0123456789"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendSignedAsync(Get(path), caller, sent: request => request.RequestUri = new Uri(tenant.AthletePath("bob"), UriKind.Relative)));
    }

    [Fact]
    public async Task A_signed_request_sent_again_is_refused_as_a_replay()
    {
        var tenant = await StoredAthleteAsync();
        using var first = Get(tenant.AthletePath("ana"));
        var signed = await GatewaySigning.SignAsync(first, Platform.SiloClusterAddress, Caller(tenant));
        var signature = first.Headers.GetValues(TenantContextHeaders.Signature).Single();
        using var direct = Platform.SiloDirect();
        using var again = Get(tenant.AthletePath("ana"));
        GatewaySigning.Apply(again, signed, signature);

        using var accepted = await direct.SendAsync(first, Cancel);
        using var replayed = await direct.SendAsync(again, Cancel);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await AssertProblemAsync(replayed, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_request_with_another_body_is_refused_and_stores_nothing()
    {
        var tenant = await StoredAthleteAsync();
        var path = tenant.AthletePath("ana");
        using var owner = Platform.TenantClient(tenant.ApiKey);
        var before = await owner.GetStringAsync(path, Cancel);

        var status = await SendSignedAsync(
            new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(Profile()) },
            Caller(tenant),
            sent: request => request.Content = JsonContent.Create(Profile(weightKg: 99)));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(before, await owner.GetStringAsync(path, Cancel));
    }

    [Fact]
    public async Task A_streamed_upload_with_another_body_is_refused_and_starts_no_import()
    {
        var gym = await Platform.CreateTenantAsync("gym");
        var path = $"/api/t/{gym.Id}/imports";

        var status = await SendSignedAsync(
            new HttpRequestMessage(HttpMethod.Post, path) { Content = MemberCsv("signed-member") },
            Caller(gym),
            sent: request => request.Content = MemberCsv("swapped-member"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        using var owner = Platform.TenantClient(gym.ApiKey);
        var imports = await owner.GetFromJsonAsync<JsonElement>(path, Cancel);
        Assert.Equal(0, imports.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_request_signed_for_another_silo_listener_is_refused()
    {
        var tenant = await StoredAthleteAsync();
        using var request = Get(tenant.AthletePath("ana"));
        await GatewaySigning.SignAsync(request, new Uri("https://127.0.0.2:" + Platform.SiloClusterAddress.Port), Caller(tenant));
        using var direct = Platform.SiloDirect();

        using var response = await direct.SendAsync(request, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, string> LooseSpellings => new()
    {
        { TenantContextHeaders.Timestamp, "0{value}" },
        { TenantContextHeaders.Timestamp, "+{value}" },
        { TenantContextHeaders.Timestamp, "{value}.0" },
        { TenantContextHeaders.Role, "0" },
        { TenantContextHeaders.Role, "tenant" },
        { TenantContextHeaders.TenantKind, "0" },
        { TenantContextHeaders.TenantKind, "gym" },
        { TenantContextHeaders.Signature, "{value}=" },
        { TenantContextHeaders.Nonce, "{value}==" },
        { TenantContextHeaders.BodySha256, "{value}=" },
    };

    [Theory]
    [MemberData(nameof(LooseSpellings))]
    public async Task A_caller_header_in_any_but_its_one_canonical_spelling_is_refused(string header, string spelling)
    {
        var tenant = await StoredAthleteAsync();

        var status = await SendSignedAsync(Get(tenant.AthletePath("ana")), Caller(tenant), sent: request =>
        {
            var value = request.Headers.GetValues(header).Single();
            request.Headers.Remove(header);
            request.Headers.TryAddWithoutValidation(header, spelling.Replace("{value}", value, StringComparison.Ordinal));
        });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_caller_header_sent_twice_is_refused()
    {
        var tenant = await StoredAthleteAsync();

        var status = await SendSignedAsync(Get(tenant.AthletePath("ana")), Caller(tenant),
            sent: request => request.Headers.TryAddWithoutValidation(TenantContextHeaders.Tenant, tenant.Id));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Client_credentials_stop_at_the_gateway()
    {
        var tenant = await StoredAthleteAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);
        var path = tenant.AthletePath("ana") + "/plan";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Admin-Key", "some-admin-key-a-client-should-not-send-0123");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "a-token-meant-for-the-gateway");
        request.Headers.Add("Cookie", "session=abc");

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(Platform.SiloReceived.For(path)).Headers;
        Assert.DoesNotContain("X-Api-Key", received.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("X-Admin-Key", received.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("Authorization", received.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("Cookie", received.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(received.Values, value => value.Contains(tenant.ApiKey, StringComparison.Ordinal));
        Assert.Equal(tenant.Id, received[TenantContextHeaders.Tenant]);
        Assert.True(received.ContainsKey(TenantContextHeaders.Signature));
    }

    private static CallerContext Caller(TestTenant tenant, TenantKind kind = TenantKind.Gym) => new(CallerRole.Tenant, tenant.Id, kind);

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private async Task<TestTenant> StoredAthleteAsync()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();
        return tenant;
    }

    /// <summary>Signs <paramref name="request"/> as the gateway would, lets <paramref name="sent"/> change it afterwards, sends it to the silo.</summary>
    private async Task<HttpStatusCode> SendSignedAsync(
        HttpRequestMessage request, CallerContext caller, DateTimeOffset? at = null, string signingKey = TestSecrets.SigningKey, Action<HttpRequestMessage>? sent = null)
    {
        using (request)
        {
            await GatewaySigning.SignAsync(request, Platform.SiloClusterAddress, caller, at, signingKey);
            sent?.Invoke(request);
            using var direct = Platform.SiloDirect();
            using var response = await direct.SendAsync(request, Cancel);
            return response.StatusCode;
        }
    }

    private static StringContent MemberCsv(string externalId) => new(
        $"externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal\n{externalId},Mia,Trix,mia@example.com,female,1990,168,60,maintain\n",
        System.Text.Encoding.UTF8,
        "text/csv");
}
