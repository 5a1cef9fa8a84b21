using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.MemberImports;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Tests.Scopes;

/// <summary>The silo's grain-call filter denies by default and follows each interface's declared scope.</summary>
public sealed class GrainScopeFilterTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_RunStrong_grain_interface_without_a_scope_is_refused_even_to_the_admin()
    {
        GrainCaller.EnterAdmin();

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => fixture.Grains.GetGrain<IUnscopedProbeGrain>("probe").Echo("hello"));

        Assert.Contains("GrainScope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Orleans_own_grains_stay_reachable_without_a_caller()
    {
        RequestContext.Clear();

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        var activations = await management.GetTotalActivationCount(TestContext.Current.CancellationToken);

        Assert.True(activations >= 0);
    }

    [Fact]
    public async Task A_tenant_keyed_registry_answers_its_tenant_only()
    {
        var tenant = $"reg-{Guid.NewGuid():N}"[..20];

        GrainCaller.EnterTenant(tenant);
        Assert.Empty(await fixture.Grains.GetGrain<IImportRegistryGrain>(tenant).Recent(10));
        Assert.Empty(await fixture.Grains.GetGrain<IChallengeRegistryGrain>(tenant).Recent(10));

        GrainCaller.EnterTenant("other-gym");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => fixture.Grains.GetGrain<IImportRegistryGrain>(tenant).Recent(10));
        GrainCaller.EnterAdmin();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => fixture.Grains.GetGrain<IChallengeRegistryGrain>(tenant).Recent(10));
    }

    [Fact]
    public async Task The_tenant_directory_answers_the_admin_only()
    {
        GrainCaller.EnterTenant("some-gym");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => fixture.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).Page(null, 1));

        GrainCaller.EnterAdmin();
        Assert.NotNull(await fixture.Grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).Page(null, 1));
    }
}
