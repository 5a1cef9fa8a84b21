using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Tenants;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Athlete-scoped keys at the grains: issued by the athlete grain (which lists them for erase), authenticated by the
/// key grain with the tenant's current status and limits (no fan-out on suspension), revoked one by one or all at
/// once, and never registered or revoked by another tenant.
/// </summary>
public sealed class AthleteKeyTests(ClusterFixture fixture)
{
    private static string NewTenantId() => $"gym-{Guid.NewGuid():N}"[..20];

    private IApiKeyGrain Key(string keyId) => fixture.Grains.GetGrain<IApiKeyGrain>(keyId);

    /// <summary>
    /// A tenant (created as the admin) with one athlete that has a profile. The caller set in here does not flow back
    /// out of an async method: the test enters the tenant again (<see cref="AsTenant"/>) after awaiting this.
    /// </summary>
    private async Task<(string TenantId, ITenantGrain Tenant, IAthleteGrain Athlete)> TenantWithAthleteAsync(string athleteId = "ana")
    {
        var tenantId = NewTenantId();
        GrainCaller.EnterAdmin();
        var tenant = fixture.Grains.GetGrain<ITenantGrain>(tenantId);
        Assert.True((await tenant.Create("Gym", TenantKind.Gym, TenantLimits.Default)).Created);
        var athlete = AthleteAsItsTenant(fixture.Grains, $"{tenantId}/{athleteId}");
        await athlete.SetProfile(Profile());
        return (tenantId, tenant, athlete);
    }

    private static void AsTenant(string tenantId) => GrainCaller.EnterTenant(tenantId);

    [Fact]
    public async Task An_unknown_athlete_gets_no_key_and_lists_none()
    {
        var athlete = NewAthlete(fixture.Grains);

        Assert.Equal(AthleteKeyIssue.NoAthlete, await athlete.IssueKey());
        Assert.Null(await athlete.ListKeys());
        Assert.False(await athlete.RevokeKey("0123456789abcdef"));
    }

    [Fact]
    public async Task An_issued_key_authenticates_as_its_athlete_and_is_listed_in_the_athletes_state()
    {
        var (tenantId, _, athlete) = await TenantWithAthleteAsync();
        AsTenant(tenantId);

        var key = (await athlete.IssueKey()).Key!;
        await fixture.DeactivateAsync(athlete);

        Assert.True(ApiKey.TryGetKeyId(key.ApiKey, out var keyId));
        Assert.Equal(key.KeyId, keyId);
        var owner = await Key(key.KeyId).Authenticate(ApiKey.Hash(key.ApiKey));
        Assert.Equal(new ApiKeyOwner(tenantId, TenantKind.Gym, TenantStatus.Active, TenantLimits.Default, "ana"), owner);
        var listed = Assert.Single((await athlete.ListKeys())!);
        Assert.Equal((key.KeyId, (DateTimeOffset?)null), (listed.KeyId, listed.RevokedAt));
    }

    [Fact]
    public async Task A_suspension_and_new_limits_reach_athlete_keys_without_the_tenant_listing_them()
    {
        var (tenantId, tenant, athlete) = await TenantWithAthleteAsync();
        AsTenant(tenantId);
        var key = (await athlete.IssueKey()).Key!;
        var limits = new TenantLimits(60, 10, 4096);

        GrainCaller.EnterAdmin();
        await tenant.SetStatus(TenantStatus.Suspended);
        await tenant.SetLimits(limits);

        var owner = await Key(key.KeyId).Authenticate(ApiKey.Hash(key.ApiKey));
        Assert.Equal((TenantStatus.Suspended, limits, "ana"), (owner!.Status, owner.Limits, owner.AthleteId));
        Assert.DoesNotContain((await tenant.Describe())!.Keys, k => k.KeyId == key.KeyId);
    }

    [Fact]
    public async Task A_revoked_key_stops_authenticating_and_the_athlete_keeps_the_record()
    {
        var (tenantId, _, athlete) = await TenantWithAthleteAsync();
        AsTenant(tenantId);
        var revoked = (await athlete.IssueKey()).Key!;
        var kept = (await athlete.IssueKey()).Key!;

        Assert.True(await athlete.RevokeKey(revoked.KeyId));
        Assert.True(await athlete.RevokeKey(revoked.KeyId));
        await fixture.DeactivateAsync(Key(revoked.KeyId));

        Assert.Null(await Key(revoked.KeyId).Authenticate(ApiKey.Hash(revoked.ApiKey)));
        Assert.NotNull(await Key(kept.KeyId).Authenticate(ApiKey.Hash(kept.ApiKey)));
        var keys = (await athlete.ListKeys())!;
        Assert.NotNull(keys.Single(k => k.KeyId == revoked.KeyId).RevokedAt);
        Assert.Null(keys.Single(k => k.KeyId == kept.KeyId).RevokedAt);
    }

    [Fact]
    public async Task Revoking_all_keys_revokes_every_live_one_and_is_idempotent()
    {
        var (tenantId, _, athlete) = await TenantWithAthleteAsync();
        AsTenant(tenantId);
        var keys = new[] { (await athlete.IssueKey()).Key!, (await athlete.IssueKey()).Key!, (await athlete.IssueKey()).Key! };
        await athlete.RevokeKey(keys[0].KeyId);

        Assert.Equal(2, await athlete.RevokeAllKeys());
        Assert.Equal(0, await athlete.RevokeAllKeys());

        foreach (var key in keys)
        {
            Assert.Null(await Key(key.KeyId).Authenticate(ApiKey.Hash(key.ApiKey)));
        }

        Assert.All((await athlete.ListKeys())!, k => Assert.NotNull(k.RevokedAt));
    }

    [Fact]
    public async Task An_athlete_holds_a_bounded_number_of_live_keys_and_lists_a_bounded_number_of_revoked_ones()
    {
        var (tenantId, _, athlete) = await TenantWithAthleteAsync();
        AsTenant(tenantId);
        var live = new List<string>();
        for (var i = 0; i < AthleteKeyIssue.MaxLiveKeys; i++)
        {
            live.Add((await athlete.IssueKey()).Key!.KeyId);
        }

        Assert.Equal(AthleteKeyIssue.TooManyKeys, await athlete.IssueKey());

        // Revoking makes room; past the kept history, the oldest revoked keys leave the list (they stay revoked).
        var first = live[0];
        for (var i = 0; i < Grains.AthleteGrain.KeptRevokedKeys + 1; i++)
        {
            await athlete.RevokeKey(live[0]);
            live.RemoveAt(0);
            live.Add((await athlete.IssueKey()).Key!.KeyId);
        }

        var keys = (await athlete.ListKeys())!;
        Assert.Equal(AthleteKeyIssue.MaxLiveKeys, keys.Count(k => k.RevokedAt is null));
        Assert.Equal(Grains.AthleteGrain.KeptRevokedKeys, keys.Count(k => k.RevokedAt is not null));
        Assert.DoesNotContain(keys, k => k.KeyId == first);
        Assert.Equal(AthleteKeyIssue.MaxLiveKeys, await athlete.RevokeAllKeys());
    }

    [Fact]
    public async Task A_key_of_another_athlete_is_not_revoked_through_this_one()
    {
        var (tenantId, _, ana) = await TenantWithAthleteAsync();
        AsTenant(tenantId);
        var bob = AthleteAsItsTenant(fixture.Grains, $"{tenantId}/bob");
        await bob.SetProfile(Profile());
        var bobsKey = (await bob.IssueKey()).Key!;

        Assert.False(await ana.RevokeKey(bobsKey.KeyId));
        Assert.False(await Key(bobsKey.KeyId).RevokeAthleteKey("ana"));

        Assert.NotNull(await Key(bobsKey.KeyId).Authenticate(ApiKey.Hash(bobsKey.ApiKey)));
    }

    [Fact]
    public async Task Another_tenant_can_neither_register_nor_revoke_an_athlete_key()
    {
        var (tenantId, _, athlete) = await TenantWithAthleteAsync();
        AsTenant(tenantId);
        var key = (await athlete.IssueKey()).Key!;
        var material = ApiKey.Generate();

        GrainCaller.EnterTenant(NewTenantId());
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Key(material.KeyId).RegisterAthleteKey(tenantId, "ana", material.Hash));
        Assert.False(await Key(key.KeyId).RevokeAthleteKey("ana"));

        Assert.NotNull(await Key(key.KeyId).Authenticate(ApiKey.Hash(key.ApiKey)));
        Assert.Null(await Key(material.KeyId).Authenticate(ApiKey.Hash(material.Key)));
    }

    [Fact]
    public async Task Tenant_key_administration_stays_the_admins()
    {
        var (tenantId, _, athlete) = await TenantWithAthleteAsync();
        AsTenant(tenantId);
        var key = (await athlete.IssueKey()).Key!;

        // The athlete grain's caller is a tenant: the platform-scoped methods still refuse it.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Key(key.KeyId).Revoke());
    }
}
