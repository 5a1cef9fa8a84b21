using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Tests;

public sealed class TenantGrainTests(ClusterFixture fixture)
{
    private static string NewTenantId() => $"gym-{Guid.NewGuid():N}"[..20];

    /// <summary>Tenant administration is the platform admin's: calls that follow act as the admin.</summary>
    private ITenantGrain Tenant(string id)
    {
        GrainCaller.EnterAdmin();
        return fixture.Grains.GetGrain<ITenantGrain>(id);
    }

    private IApiKeyGrain Key(string keyId) => fixture.Grains.GetGrain<IApiKeyGrain>(keyId);

    [Fact]
    public async Task Creating_a_tenant_issues_a_key_that_authenticates_as_that_tenant()
    {
        var tenantId = NewTenantId();

        var creation = await Tenant(tenantId).Create("Riverside Gym", TenantKind.Gym, TenantLimits.Default);

        Assert.True(creation.Created);
        var key = creation.FirstKey!;
        Assert.True(ApiKey.TryGetKeyId(key.ApiKey, out var keyId));
        Assert.Equal(key.KeyId, keyId);
        var owner = await Key(keyId).Authenticate(ApiKey.Hash(key.ApiKey));
        Assert.Equal(new ApiKeyOwner(tenantId, TenantKind.Gym, TenantStatus.Active, TenantLimits.Default), owner);
    }

    [Fact]
    public async Task Creating_an_existing_tenant_again_changes_nothing()
    {
        var tenant = Tenant(NewTenantId());
        await tenant.Create("First", TenantKind.Club, TenantLimits.Default);

        var second = await tenant.Create("Second", TenantKind.Gym, TenantLimits.Default);

        Assert.False(second.Created);
        var info = await tenant.Describe();
        Assert.Equal(("First", TenantKind.Club, 1), (info!.Name, info.Kind, info.Keys.Count));
    }

    [Fact]
    public async Task A_wrong_key_with_a_real_key_id_does_not_authenticate()
    {
        var creation = await Tenant(NewTenantId()).Create("Gym", TenantKind.Gym, TenantLimits.Default);
        var forged = creation.FirstKey!.ApiKey[..^4] + "AAAA";

        var owner = await Key(creation.FirstKey.KeyId).Authenticate(ApiKey.Hash(forged));

        Assert.Null(owner);
    }

    [Fact]
    public async Task A_revoked_key_stops_authenticating_and_stays_revoked_after_reactivation()
    {
        var tenant = Tenant(NewTenantId());
        var first = (await tenant.Create("Gym", TenantKind.Gym, TenantLimits.Default)).FirstKey!;
        var second = (await tenant.IssueKey())!;

        Assert.True(await tenant.RevokeKey(first.KeyId));
        var firstKeyGrain = Key(first.KeyId);
        await fixture.DeactivateAsync(firstKeyGrain);
        await fixture.DeactivateAsync(tenant);

        Assert.Null(await firstKeyGrain.Authenticate(ApiKey.Hash(first.ApiKey)));
        Assert.NotNull(await Key(second.KeyId).Authenticate(ApiKey.Hash(second.ApiKey)));
        var keys = (await tenant.Describe())!.Keys;
        Assert.NotNull(keys.Single(k => k.KeyId == first.KeyId).RevokedAt);
        Assert.Null(keys.Single(k => k.KeyId == second.KeyId).RevokedAt);
    }

    [Fact]
    public async Task Unknown_tenants_issue_no_keys_and_revoke_nothing()
    {
        var tenant = Tenant(NewTenantId());

        Assert.Null(await tenant.IssueKey());
        Assert.False(await tenant.RevokeKey("0123456789abcdef"));
        Assert.Null(await tenant.Describe());
    }

    [Fact]
    public async Task Suspending_a_tenant_reaches_every_live_key_and_resuming_restores_it()
    {
        var tenant = Tenant(NewTenantId());
        var first = (await tenant.Create("Gym", TenantKind.Gym, TenantLimits.Default)).FirstKey!;
        var second = (await tenant.IssueKey())!;

        await tenant.SetStatus(TenantStatus.Suspended);
        var suspended = await Key(second.KeyId).Authenticate(ApiKey.Hash(second.ApiKey));
        await tenant.SetStatus(TenantStatus.Active);
        var resumed = await Key(first.KeyId).Authenticate(ApiKey.Hash(first.ApiKey));

        Assert.Equal(TenantStatus.Suspended, suspended!.Status);
        Assert.Equal(TenantStatus.Active, resumed!.Status);
    }

    [Fact]
    public async Task New_limits_are_stored_and_handed_to_the_keys()
    {
        var tenant = Tenant(NewTenantId());
        var key = (await tenant.Create("Club", TenantKind.Club, TenantLimits.Default)).FirstKey!;
        var tight = new TenantLimits(60, 5, 4096);

        var info = await tenant.SetLimits(tight);
        await fixture.DeactivateAsync(tenant);

        Assert.Equal(tight, info!.Limits);
        Assert.Equal(tight, (await Tenant(info.Id).Describe())!.Limits);
        Assert.Equal(tight, (await Key(key.KeyId).Authenticate(ApiKey.Hash(key.ApiKey)))!.Limits);
    }

    [Fact]
    public async Task The_directory_pages_tenant_ids_in_order()
    {
        var prefix = $"dir-{Guid.NewGuid():N}"[..12];
        foreach (var suffix in new[] { "c", "a", "b" })
        {
            await Tenant($"{prefix}-{suffix}").Create("T", TenantKind.Gym, TenantLimits.Default);
        }

        var directory = fixture.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key);
        var page = await directory.Page($"{prefix}-a", 2);

        Assert.Equal([$"{prefix}-b", $"{prefix}-c"], page.Take(2));
    }
}
