using RunStrong.Coaching.Log;
using RunStrong.Contracts.Athletes;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

public sealed class AthleteGrainTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;

    [Fact]
    public async Task Unknown_athlete_has_no_overview()
    {
        var athlete = fixture.Grains.GetGrain<IAthleteGrain>(NewAthleteKey());

        Assert.Null(await athlete.GetOverview(Today));
    }

    [Fact]
    public async Task Profile_survives_deactivation_and_is_read_back_from_storage()
    {
        var athlete = fixture.Grains.GetGrain<IAthleteGrain>(NewAthleteKey());

        Assert.True(await athlete.SetProfile(Profile()));
        await fixture.DeactivateAsync(athlete);

        var overview = await athlete.GetOverview(Today);
        Assert.Equal(Profile(), overview?.Profile);
    }

    [Fact]
    public async Task Replacing_a_profile_reports_not_created_and_keeps_the_latest()
    {
        var athlete = fixture.Grains.GetGrain<IAthleteGrain>(NewAthleteKey());

        await athlete.SetProfile(Profile(weightKg: 64.5));
        Assert.False(await athlete.SetProfile(Profile(weightKg: 63)));
        await fixture.DeactivateAsync(athlete);

        Assert.Equal(63, (await athlete.GetOverview(Today))?.Profile?.WeightKg);
    }

    [Fact]
    public async Task Logging_the_same_run_twice_counts_it_once_even_after_reactivation()
    {
        var athlete = fixture.Grains.GetGrain<IAthleteGrain>(NewAthleteKey());
        var run = EasyRun("r-1", Today.AddDays(-1));

        Assert.Equal(LogOutcome.Logged, await athlete.LogRun(run));
        Assert.Equal(LogOutcome.AlreadyLogged, await athlete.LogRun(run));
        await fixture.DeactivateAsync(athlete);
        Assert.Equal(LogOutcome.AlreadyLogged, await athlete.LogRun(run));

        var summary = (await athlete.GetOverview(Today))!.Summary;
        Assert.Equal(1, summary.Last7Days.Runs);
        Assert.Equal(10, summary.Last7Days.DistanceKm);
    }

    [Fact]
    public async Task Reusing_a_run_id_for_different_content_is_a_conflict_and_changes_nothing()
    {
        var athlete = fixture.Grains.GetGrain<IAthleteGrain>(NewAthleteKey());
        await athlete.LogRun(EasyRun("r-1", Today, km: 10));

        Assert.Equal(LogOutcome.IdConflict, await athlete.LogRun(EasyRun("r-1", Today, km: 12)));
        await fixture.DeactivateAsync(athlete);

        var summary = (await athlete.GetOverview(Today))!.Summary;
        Assert.Equal(1, summary.Last7Days.Runs);
        Assert.Equal(10, summary.Last7Days.DistanceKm);
    }

    [Fact]
    public async Task Summary_counts_runs_in_the_7_and_28_day_windows_ending_on_the_as_of_date()
    {
        var athlete = fixture.Grains.GetGrain<IAthleteGrain>(NewAthleteKey());
        await athlete.LogRun(EasyRun("in-7", Today.AddDays(-6), km: 5));
        await athlete.LogRun(EasyRun("in-28", Today.AddDays(-27), km: 8));
        await athlete.LogRun(EasyRun("too-old", Today.AddDays(-28), km: 20));

        var summary = (await athlete.GetOverview(Today))!.Summary;

        Assert.Equal((1, 5.0), (summary.Last7Days.Runs, summary.Last7Days.DistanceKm));
        Assert.Equal((2, 13.0), (summary.Last28Days.Runs, summary.Last28Days.DistanceKm));
    }
}
