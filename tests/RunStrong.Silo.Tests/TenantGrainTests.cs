using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Tests;

public sealed class TenantGrainTests(ClusterFixture fixture)
{
    private static string NewTenantId() => $"gym-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Creating_a_tenant_issues_a_key_that_authenticates_as_that_tenant()
    {
        var tenantId = NewTenantId();

        var creation = await fixture.Grains.GetGrain<ITenantGrain>(tenantId).Create("Riverside Gym", TenantKind.Gym);

        Assert.True(creation.Created);
        var key = creation.FirstKey!;
        Assert.True(ApiKey.TryGetKeyId(key.ApiKey, out var keyId));
        Assert.Equal(key.KeyId, keyId);
        var owner = await fixture.Grains.GetGrain<IApiKeyGrain>(keyId).Authenticate(ApiKey.Hash(key.ApiKey));
        Assert.Equal(new ApiKeyOwner(tenantId, TenantKind.Gym), owner);
    }

    [Fact]
    public async Task Creating_an_existing_tenant_again_changes_nothing()
    {
        var tenant = fixture.Grains.GetGrain<ITenantGrain>(NewTenantId());
        await tenant.Create("First", TenantKind.Club);

        var second = await tenant.Create("Second", TenantKind.Gym);

        Assert.False(second.Created);
        var info = await tenant.Describe();
        Assert.Equal(("First", TenantKind.Club, 1), (info!.Name, info.Kind, info.Keys.Count));
    }

    [Fact]
    public async Task A_wrong_key_with_a_real_key_id_does_not_authenticate()
    {
        var creation = await fixture.Grains.GetGrain<ITenantGrain>(NewTenantId()).Create("Gym", TenantKind.Gym);
        var forged = creation.FirstKey!.ApiKey[..^4] + "AAAA";

        var owner = await fixture.Grains.GetGrain<IApiKeyGrain>(creation.FirstKey.KeyId).Authenticate(ApiKey.Hash(forged));

        Assert.Null(owner);
    }

    [Fact]
    public async Task A_revoked_key_stops_authenticating_and_stays_revoked_after_reactivation()
    {
        var tenant = fixture.Grains.GetGrain<ITenantGrain>(NewTenantId());
        var first = (await tenant.Create("Gym", TenantKind.Gym)).FirstKey!;
        var second = (await tenant.IssueKey())!;

        Assert.True(await tenant.RevokeKey(first.KeyId));
        var firstKeyGrain = fixture.Grains.GetGrain<IApiKeyGrain>(first.KeyId);
        await fixture.DeactivateAsync(firstKeyGrain);
        await fixture.DeactivateAsync(tenant);

        Assert.Null(await firstKeyGrain.Authenticate(ApiKey.Hash(first.ApiKey)));
        Assert.NotNull(await fixture.Grains.GetGrain<IApiKeyGrain>(second.KeyId).Authenticate(ApiKey.Hash(second.ApiKey)));
        var keys = (await tenant.Describe())!.Keys;
        Assert.NotNull(keys.Single(k => k.KeyId == first.KeyId).RevokedAt);
        Assert.Null(keys.Single(k => k.KeyId == second.KeyId).RevokedAt);
    }

    [Fact]
    public async Task Unknown_tenants_issue_no_keys_and_revoke_nothing()
    {
        var tenant = fixture.Grains.GetGrain<ITenantGrain>(NewTenantId());

        Assert.Null(await tenant.IssueKey());
        Assert.False(await tenant.RevokeKey("0123456789abcdef"));
        Assert.Null(await tenant.Describe());
    }
}
