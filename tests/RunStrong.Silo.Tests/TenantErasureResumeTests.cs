using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Erasure;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>
/// A tenant erasure survives losing its activation (as when its silo dies): the next activation starts again at the
/// phase it stored, and the erasure completes with the tenant gone. An active tenant is never erased.
/// </summary>
public sealed class TenantErasureResumeTests(ClusterFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_erasure_whose_activation_is_lost_completes_on_the_next_one()
    {
        var tenantId = $"gym-{Guid.NewGuid():N}"[..20];
        GrainCaller.EnterAdmin();
        var tenant = fixture.Grains.GetGrain<ITenantGrain>(tenantId);
        await tenant.Create("Gym", TenantKind.Gym, TenantLimits.Default);
        for (var i = 0; i < 5; i++)
        {
            await AthleteAsItsTenant(fixture.Grains, $"{tenantId}/a{i}").SetProfile(Profile());
        }

        GrainCaller.EnterAdmin();
        var refused = await tenant.BeginErasure(ErasureId.New());
        await tenant.SetStatus(TenantStatus.Suspended);
        var start = await tenant.BeginErasure(ErasureId.New());
        var erasure = fixture.Grains.GetGrain<ITenantErasureGrain>(start.ErasureId!);
        await fixture.DeactivateAsync(erasure);

        GrainCaller.EnterAdmin();
        var progress = await erasure.Progress();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (progress!.Status is not (ErasureStatus.Completed or ErasureStatus.Failed) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Cancel);
            progress = await erasure.Progress();
        }

        Assert.Equal(ErasureStartOutcome.NotSuspended, refused.Outcome);
        Assert.Equal(ErasureStartOutcome.Started, start.Outcome);
        Assert.Equal(ErasureStatus.Completed, progress.Status);
        Assert.True(progress.BlobsDeleted >= 5, $"{progress}");
        Assert.Null(await tenant.Describe());
        Assert.Null(await AthleteAsItsTenant(fixture.Grains, $"{tenantId}/a0").GetOverview(null));
    }
}
