using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>The silo's grain-call filter refuses any call whose caller is not the grain's tenant.</summary>
public sealed class TenantIsolationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_athlete_grain_answers_its_own_tenant()
    {
        var athlete = NewAthlete(fixture.Grains);

        Assert.True(await athlete.SetProfile(Profile()));
    }

    [Fact]
    public async Task An_athlete_grain_refuses_another_tenant_no_tenant_and_the_admin()
    {
        var athlete = fixture.Grains.GetGrain<IAthleteGrain>("victim-gym/ana");

        GrainCaller.EnterTenant("other-gym");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => athlete.GetOverview(RunStrong.Testing.TestDates.Today));
        GrainCaller.EnterAdmin();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => athlete.GetOverview(RunStrong.Testing.TestDates.Today));
        RequestContext.Clear();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => athlete.GetOverview(RunStrong.Testing.TestDates.Today));
    }

    [Fact]
    public async Task A_tenant_grain_refuses_other_tenants_and_key_changes_need_the_admin()
    {
        GrainCaller.EnterAdmin();
        var tenantId = $"iso-{Guid.NewGuid():N}"[..20];
        var key = (await fixture.Grains.GetGrain<ITenantGrain>(tenantId).Create("Gym", TenantKind.Gym, TenantLimits.Default)).FirstKey!;

        GrainCaller.EnterTenant("someone-else");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => fixture.Grains.GetGrain<ITenantGrain>(tenantId).IssueKey());
        RequestContext.Clear();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => fixture.Grains.GetGrain<IApiKeyGrain>(key.KeyId).Revoke());

        // Authentication itself needs no caller: that is how the gateway finds out who is calling.
        Assert.NotNull(await fixture.Grains.GetGrain<IApiKeyGrain>(key.KeyId).Authenticate(ApiKey.Hash(key.ApiKey)));
    }
}
