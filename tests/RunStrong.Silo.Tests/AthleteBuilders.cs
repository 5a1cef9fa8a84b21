using RunStrong.Coaching.Athletes;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Security;

namespace RunStrong.Silo.Tests;

/// <summary>Small builders for athlete data in grain tests.</summary>
internal static class AthleteBuilders
{
    public static AthleteProfile Profile(double weightKg = 64.5) =>
        new(Sex.Female, 1990, 172, weightKg, 18, BodyFatMethod.Bia, 30, Goal.Maintain, TrainingPhase.Base, false);

    public static Run EasyRun(string id, DateOnly day, double km = 10) =>
        new(id, new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero), km, km * 5.5, RunKind.Easy, null, null);

    public static string NewAthleteKey() => $"tenant-{Guid.NewGuid():N}"[..20] + "/athlete-1";

    /// <summary>
    /// A fresh athlete of a fresh tenant, and the calls that follow in this test act as that tenant (the
    /// silo refuses athlete calls from any other tenant, see GrainScopeFilter).
    /// </summary>
    public static IAthleteGrain NewAthlete(IGrainFactory grains) => AthleteAsItsTenant(grains, NewAthleteKey());

    public static IAthleteGrain AthleteAsItsTenant(IGrainFactory grains, string key)
    {
        GrainCaller.EnterTenant(key[..key.IndexOf('/', StringComparison.Ordinal)]);
        return grains.GetGrain<IAthleteGrain>(key);
    }
}
