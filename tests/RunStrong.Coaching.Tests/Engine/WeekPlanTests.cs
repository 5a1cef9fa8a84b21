using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

public sealed class WeekPlanTests
{
    private static PlannedSessionKind[][] Kinds(WeekPlan plan) => [.. plan.Days.Select(d => d.Sessions.Select(s => s.Kind).ToArray())];

    [Fact]
    public void Steady_athletes_week_is_legs_easy_easy_long_legs_rest_intervals()
    {
        // Thu..Wed; long run on Sunday; the interval 4 days before the long run (Wed); legs 2+ days from it.
        var plan = AthleteBuilder.Steady().Evaluate().Plan;

        Assert.Equal(new DateOnly(2026, 11, 26), plan.StartsOn);
        Assert.Equal(
            [
                [PlannedSessionKind.LegStrength],
                [PlannedSessionKind.EasyRun],
                [PlannedSessionKind.EasyRun],
                [PlannedSessionKind.LongRun],
                [PlannedSessionKind.LegStrength],
                [],
                [PlannedSessionKind.IntervalRun],
            ],
            Kinds(plan));
        Assert.Equal(DayOfWeek.Sunday, plan.Days[3].Date.DayOfWeek);
    }

    [Fact]
    public void Plan_volume_follows_the_last_4_weeks_split_into_shares()
    {
        // 38 km a week over 4 runs: one share = 38 / 4.5 = 8.44 km; long 1.5 shares = 12.67, rounded down to
        // 12.6 km, at 5.5 min/km = 69 min.
        var plan = AthleteBuilder.Steady().Evaluate().Plan;
        var runs = plan.Days.SelectMany(d => d.Sessions).Where(s => s.IsRun).ToList();

        Assert.Equal(38, runs.Sum(r => r.DistanceKm!.Value), 0);
        var longRun = Assert.Single(runs, r => r.Kind == PlannedSessionKind.LongRun);
        Assert.Equal(12.6, longRun.DistanceKm);
        Assert.Equal(69, longRun.DurationMin);
    }

    [Fact]
    public void Fuel_targets_are_periodised_by_the_days_training()
    {
        var plan = AthleteBuilder.Steady().Evaluate().Plan;
        var rest = plan.Days[5].Fuel;
        var longDay = plan.Days[3].Fuel;

        Assert.Equal(280, rest.CarbsG); // light band middle 4 g/kg x 70
        Assert.Equal(420, longDay.CarbsG); // 69 min: moderate band middle 6 g/kg x 70
        Assert.Equal(2772, rest.EnergyKcal); // 45 x 61.6
        Assert.Equal(3654, longDay.EnergyKcal); // + 12.6 km x 70 kg x 1.0 kcal
        Assert.All(plan.Days, d => Assert.Equal(112, d.Fuel.ProteinG));
    }

    [Fact]
    public void A_runner_of_4_months_gets_a_tempo_run_instead_of_intervals()
    {
        var plan = AthleteBuilder.Steady(AthleteBuilder.Man with { RunningExperienceMonths = 4 }).Evaluate().Plan;

        Assert.Single(plan.Days.SelectMany(d => d.Sessions), s => s.Kind == PlannedSessionKind.TempoRun);
        Assert.DoesNotContain(plan.Days.SelectMany(d => d.Sessions), s => s.Kind == PlannedSessionKind.IntervalRun);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(36, true)]
    public void Novices_and_injured_runners_get_no_hard_run(int months, bool injured)
    {
        var plan = AthleteBuilder.Steady(AthleteBuilder.Man with { RunningExperienceMonths = months, InjuredRecently = injured }).Evaluate().Plan;

        Assert.DoesNotContain(plan.Days.SelectMany(d => d.Sessions), s => s.IsHard);
    }

    [Fact]
    public void Low_energy_availability_adds_no_intensity()
    {
        var plan = AthleteBuilder.Steady().EatDaily(2000, 120, 300).Evaluate().Plan;

        Assert.DoesNotContain(plan.Days.SelectMany(d => d.Sessions), s => s.IsHard);
    }

    [Fact]
    public void Taper_cuts_volume_to_60_percent_and_keeps_one_short_leg_session()
    {
        var plan = AthleteBuilder.Steady(AthleteBuilder.Man with { Phase = TrainingPhase.Taper }).Evaluate().Plan;
        var sessions = plan.Days.SelectMany(d => d.Sessions).ToList();

        Assert.Equal(38 * 0.6, sessions.Where(s => s.IsRun).Sum(s => s.DistanceKm!.Value), 0);
        var legs = Assert.Single(sessions, s => s.Kind == PlannedSessionKind.LegStrength);
        Assert.Equal(30, legs.DurationMin);
    }

    [Fact]
    public void Two_hard_runs_in_the_last_two_days_keep_the_plans_hard_run_out_of_that_rolling_week()
    {
        // Hard runs yesterday and today: a planned hard run on days 1-5 would make 3 in some 7 days.
        var athlete = AthleteBuilder.Steady().Run(0, RunKind.Interval, 8, 45);

        var plan = athlete.Evaluate().Plan;

        var hardDay = Assert.Single(plan.Days, d => d.Sessions.Any(s => s.IsHard));
        Assert.True(hardDay.Date >= AthleteBuilder.AsOf.AddDays(6));
    }

    [Fact]
    public void A_new_athlete_gets_3_easy_paced_runs_of_15_km_and_2_leg_sessions()
    {
        var plan = CoachingEngine.Evaluate(AthleteData.Of(AthleteBuilder.Man), AthleteBuilder.AsOf).Plan;
        var sessions = plan.Days.SelectMany(d => d.Sessions).ToList();

        // Ready for intensity (3 years' experience), so one of at least 4 runs is intervals.
        Assert.Equal(4, sessions.Count(s => s.IsRun));
        Assert.Equal(15, sessions.Where(s => s.IsRun).Sum(s => s.DistanceKm!.Value), 0);
        Assert.Equal(2, sessions.Count(s => s.Kind == PlannedSessionKind.LegStrength));
    }

    [Fact]
    public void A_novice_with_bmi_over_30_starts_with_3_km_in_week_one()
    {
        var profile = AthleteBuilder.Man with { WeightKg = 100, BodyFatPercent = null, BodyFatMethod = null, RunningExperienceMonths = 1 };

        var plan = CoachingEngine.Evaluate(AthleteData.Of(profile), AthleteBuilder.AsOf).Plan;

        Assert.InRange(plan.Days.SelectMany(d => d.Sessions).Where(s => s.IsRun).Sum(s => s.DistanceKm!.Value), 2.5, 3.0);
    }

    [Fact]
    public void PlanWeek_plans_the_seven_days_from_weekOf()
    {
        var plan = CoachingEngine.PlanWeek(AthleteBuilder.Steady().Build(), new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 29));

        Assert.Equal(new DateOnly(2026, 11, 30), plan.StartsOn);
        Assert.Equal(7, plan.Days.Count);
        Assert.Equal(DayOfWeek.Sunday, Assert.Single(plan.Days, d => d.Sessions.Any(s => s.Kind == PlannedSessionKind.LongRun)).Date.DayOfWeek);
    }

    [Fact]
    public void Lifting_on_the_hard_run_day_comes_before_the_run()
    {
        foreach (var day in AthleteBuilder.Steady().Evaluate().Plan.Days.Where(d => d.Sessions.Count > 1 && d.Sessions.Any(s => s.IsHard)))
        {
            Assert.Equal(PlannedSessionKind.LegStrength, day.Sessions[0].Kind);
        }
    }
}
