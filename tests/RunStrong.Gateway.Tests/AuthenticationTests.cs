using RunStrong.Contracts.Security;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>Who gets in at the gateway: tenant keys for their own tenant, the admin key for admin routes.</summary>
public sealed class AuthenticationTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_without_a_key_is_refused_with_401()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var anonymous = Platform.Gateway();

        using var response = await anonymous.GetAsync(tenant.AthletePath("ana"), Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("rs_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unknown_or_malformed_keys_are_refused_with_401(string key)
    {
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(key);

        using var response = await client.GetAsync(tenant.AthletePath("ana"), Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_path_naming_another_tenant_answers_404_like_a_tenant_that_does_not_exist()
    {
        var mine = await Platform.CreateTenantAsync();
        var theirs = await Platform.CreateTenantAsync();
        using (var owner = Platform.TenantClient(theirs.ApiKey))
        {
            (await owner.PutAsJsonAsync(theirs.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();
        }

        using var client = Platform.TenantClient(mine.ApiKey);
        using var existing = await client.GetAsync(theirs.AthletePath("ana"), Cancel);
        using var missing = await client.GetAsync("/api/t/no-such-tenant/athletes/ana", Cancel);

        await AssertProblemAsync(existing, HttpStatusCode.NotFound);
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tenant_keys_cannot_reach_admin_routes()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);

        using var response = await client.PostAsJsonAsync("/api/admin/tenants", new { id = "sneaky-gym", name = "x", kind = "gym" }, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_routes_without_a_key_answer_401()
    {
        using var anonymous = Platform.Gateway();

        using var response = await anonymous.PostAsJsonAsync("/api/admin/tenants", new { id = "sneaky-gym", name = "x", kind = "gym" }, Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Gym_and_club_tenants_are_both_routed_to_the_silos()
    {
        foreach (var kind in new[] { "gym", "club" })
        {
            var tenant = await Platform.CreateTenantAsync(kind);
            using var client = Platform.TenantClient(tenant.ApiKey);

            using var put = await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel);
            using var get = await client.GetAsync(tenant.AthletePath("ana"), Cancel);

            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        }
    }

    [Fact]
    public async Task A_second_key_works_and_a_revoked_key_is_refused_once_the_cache_expires()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var admin = Platform.Gateway();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", TestSecrets.AdminKey);

        using var issued = await admin.PostAsync($"/api/admin/tenants/{tenant.Id}/keys", null, Cancel);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var second = await issued.Content.ReadFromJsonAsync<IssuedKey>(Cancel);
        using var revoke = await admin.DeleteAsync($"/api/admin/tenants/{tenant.Id}/keys/{tenant.KeyId}", Cancel);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        // The revoked key was never used, so nothing cached it: it is refused at once.
        using var revokedClient = Platform.TenantClient(tenant.ApiKey);
        using var refused = await revokedClient.GetAsync(tenant.AthletePath("ana"), Cancel);
        await AssertProblemAsync(refused, HttpStatusCode.Unauthorized);
        using var secondClient = Platform.TenantClient(second!.ApiKey);
        using var accepted = await secondClient.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Creating_an_existing_tenant_answers_409_and_a_bad_one_400_naming_fields()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var admin = Platform.Gateway();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", TestSecrets.AdminKey);

        using var duplicate = await admin.PostAsJsonAsync("/api/admin/tenants", new { id = tenant.Id, name = "Again", kind = "gym" }, Cancel);
        using var invalid = await admin.PostAsJsonAsync("/api/admin/tenants", new { id = "X", name = "", kind = "school" }, Cancel);

        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict);
        var problem = await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(["id", "kind", "name"], ErrorFields(problem).Order());
    }

    [Fact]
    public async Task Ops_routes_need_the_admin_key_tenant_keys_get_403_and_no_key_401()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var withTenantKey = Platform.TenantClient(tenant.ApiKey);
        using var anonymous = Platform.Gateway();

        using var forbidden = await withTenantKey.GetAsync("/ops/cluster", Cancel);
        using var unauthenticated = await anonymous.GetAsync("/ops/cluster", Cancel);

        await AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
        await AssertProblemAsync(unauthenticated, HttpStatusCode.Unauthorized);
    }

    private sealed record IssuedKey(string KeyId, string ApiKey);
}
