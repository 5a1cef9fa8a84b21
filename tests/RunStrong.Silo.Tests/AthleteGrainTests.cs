using RunStrong.Coaching.Athletes;
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
        var athlete = NewAthlete(fixture.Grains);

        Assert.Null(await athlete.GetOverview(Today));
    }

    [Fact]
    public async Task Profile_survives_deactivation_and_is_read_back_from_storage()
    {
        var athlete = NewAthlete(fixture.Grains);

        Assert.True(await athlete.SetProfile(Profile()));
        await fixture.DeactivateAsync(athlete);

        var overview = await athlete.GetOverview(Today);
        Assert.Equal(Profile(), overview?.Profile);
    }

    [Fact]
    public async Task Replacing_a_profile_reports_not_created_and_keeps_the_latest()
    {
        var athlete = NewAthlete(fixture.Grains);

        await athlete.SetProfile(Profile(weightKg: 64.5));
        Assert.False(await athlete.SetProfile(Profile(weightKg: 63)));
        await fixture.DeactivateAsync(athlete);

        Assert.Equal(63, (await athlete.GetOverview(Today))?.Profile?.WeightKg);
    }

    [Fact]
    public async Task Logging_the_same_run_twice_counts_it_once_even_after_reactivation()
    {
        var athlete = NewAthlete(fixture.Grains);
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
        var athlete = NewAthlete(fixture.Grains);
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
        var athlete = NewAthlete(fixture.Grains);
        await athlete.LogRun(EasyRun("in-7", Today.AddDays(-6), km: 5));
        await athlete.LogRun(EasyRun("in-28", Today.AddDays(-27), km: 8));
        await athlete.LogRun(EasyRun("too-old", Today.AddDays(-28), km: 20));

        var summary = (await athlete.GetOverview(Today))!.Summary;

        Assert.Equal((1, 5.0), (summary.Last7Days.Runs, summary.Last7Days.DistanceKm));
        Assert.Equal((2, 13.0), (summary.Last28Days.Runs, summary.Last28Days.DistanceKm));
    }

    [Fact]
    public async Task Strength_nutrition_and_measurements_survive_reactivation_and_feed_the_summary()
    {
        var athlete = NewAthlete(fixture.Grains);
        await athlete.SetProfile(Profile());
        var session = new StrengthSession("s-1", new DateTimeOffset(Today.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero), 45, 7,
            [new Exercise("squat", [MuscleGroup.Quads, MuscleGroup.Glutes], 4, 8, 60)]);

        Assert.Equal(LogOutcome.Logged, await athlete.LogStrengthSession(session));
        Assert.True(await athlete.PutNutrition(new NutritionDay(Today, 2400, 129, 300, null, [])));
        Assert.False(await athlete.PutNutrition(new NutritionDay(Today, 2500, 129, 320, null, [])));
        Assert.Equal(LogOutcome.Logged, await athlete.LogMeasurement(new Measurement("m-1", Today, 64.5, null, null)));
        await fixture.DeactivateAsync(athlete);

        Assert.Equal(LogOutcome.AlreadyLogged, await athlete.LogStrengthSession(session));
        var week = (await athlete.GetOverview(Today))!.Summary.Last7Days;
        // 129 g protein / 64.5 kg = 2.0 g/kg; 320 g carbs (the replacing log) / 64.5 kg = 4.96 g/kg.
        Assert.Equal((1, 1, 1, 2.0, 4.96), (week.StrengthSessions, week.LegSessions, week.NutritionDaysLogged, week.ProteinGPerKg, week.CarbsGPerKg));
    }

    [Fact]
    public async Task Recommendations_and_plan_need_a_profile_and_come_from_the_coaching_engine()
    {
        var athlete = NewAthlete(fixture.Grains);
        await athlete.LogRun(EasyRun("r-1", Today));

        Assert.Null(await athlete.GetRecommendations(Today));
        Assert.Null(await athlete.GetPlan(Today));

        await athlete.SetProfile(Profile());
        var report = await athlete.GetRecommendations(Today);
        var plan = await athlete.GetPlan(Today.AddDays(1));

        // No nutrition logged at all: the engine asks for a food log before judging nutrition.
        Assert.Contains(report!.Recommendations, r => r.Code == "LOGGING_INSUFFICIENT");
        Assert.Equal(7, plan!.Days.Count);
        Assert.Equal(Today.AddDays(1), plan.StartsOn);
    }
}
