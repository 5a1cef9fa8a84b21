using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Engine.Training;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// Cross-training counts in training hours, training load and exercise energy, never in run km or the running rules
/// (docs/COACHING.md, "Cross-training"). Each test compares the same athlete with and without it.
/// </summary>
public sealed class CrossTrainingEngineTests
{
    /// <summary>The steady 70 kg man (FFM 61.6 kg, 36) with a 90-min, 40-km, 900-kcal ride yesterday, no heart rate.</summary>
    private static AthleteBuilder SteadyWithRide() => AthleteBuilder.Steady().Cross(1, 90, 900, km: 40);

    [Fact]
    public void A_rides_energy_lowers_energy_availability_and_raises_the_energy_target()
    {
        var without = AthleteBuilder.Steady().Evaluate();
        var with = SteadyWithRide().Evaluate();

        // EA: 900 kcal over 7 logged days per 61.6 kg FFM is 2.09 less: 46.36 -> 44.27.
        Assert.Equal(900 / 61.6 / 7, without.Nutrition.EnergyAvailability!.Value - with.Nutrition.EnergyAvailability!.Value, 6);
        Assert.Equal(44.27, with.Nutrition.EnergyAvailability!.Value, 2);
        Assert.Equal((3110.0 + 900) / 7, with.Training.MeanExerciseEnergyKcal, 6);

        // Energy target 45 x 61.6 + (3110 + 900) / 7 = 3344.9.
        Assert.Equal(3216, without.Targets.EnergyKcal);
        Assert.Equal(3345, with.Targets.EnergyKcal);
    }

    [Fact]
    public void Energy_availability_pushed_under_45_by_a_ride_fires_the_sub_optimal_information()
    {
        Assert.DoesNotContain(AthleteBuilder.Steady().Evaluate().Recommendations, r => r.Code == RuleCodes.EnergyAvailabilityLow);

        var ea = Assert.Single(SteadyWithRide().Evaluate().Recommendations, r => r.Code == RuleCodes.EnergyAvailabilityLow);
        Assert.Equal((Severity.Info, 44.3), (ea.Severity, ea.Actual));
    }

    [Fact]
    public void A_ride_adds_training_hours_but_no_run_km_or_runs()
    {
        var without = AthleteBuilder.Steady().Evaluate().Training;
        var with = SteadyWithRide().Evaluate().Training;

        Assert.Equal((38.0, 4, 1), (with.RunKm, with.Runs, with.HardRuns));
        Assert.Equal((without.RunKm, without.Runs, without.HardRuns, without.PriorTwoWeeksMeanKm), (with.RunKm, with.Runs, with.HardRuns, with.PriorTwoWeeksMeanKm));
        Assert.Equal((294.0 + 90) / 60 / 7, with.MeanDailyTrainingHours, 6);
        Assert.Equal((1, 90.0), (with.CrossTrainingSessions, with.CrossTrainingMinutes));
        Assert.Equal((0, 0.0), (without.CrossTrainingSessions, without.CrossTrainingMinutes));

        // 0.70 h a day is the light band; 0.91 h with the ride is moderate (from 0.75 h).
        Assert.Equal((CarbohydrateBand.Light, CarbohydrateBand.Moderate), (without.CarbBand, with.CarbBand));
    }

    [Fact]
    public void A_ride_adds_its_session_rpe_load_to_fatigue_and_fitness()
    {
        // One 60-min ride today at 150 beats/min, 82 % of the 36-year-old's 182.8: RPE 5, load 300. The 7-day EWMA
        // moves by 2/8 of it and the 42-day one by 2/43.
        var load = AthleteBuilder.Blank().Cross(0, 60, 700, avgHeartRate: 150).Evaluate().Training.Load;

        Assert.Equal(300 * 2.0 / 8, load.Fatigue, 9);
        Assert.Equal(300 * 2.0 / 43, load.Fitness, 9);
        Assert.Equal(load.Fitness - load.Fatigue, load.Form, 9);
    }

    [Fact]
    public void A_week_of_long_rides_raises_the_acute_chronic_ratio_but_is_no_mileage_spike()
    {
        var athlete = AthleteBuilder.Steady();
        for (var ago = 0; ago < 7; ago++)
        {
            athlete.Cross(ago, 120, 600, avgHeartRate: 150); // RPE 5: 600 a day on top of the steady week's 195
        }

        var report = athlete.Evaluate();

        Assert.Contains(report.Recommendations, r => r.Code == RuleCodes.AcuteChronicHigh);
        Assert.DoesNotContain(report.Recommendations, r => r.Code == RuleCodes.LoadSpike);
        Assert.True(report.Training.Load.AcuteChronicRatio >= 1.5);
        Assert.Equal(38, report.Training.RunKm, 6);
        Assert.DoesNotContain(AthleteBuilder.Steady().Evaluate().Recommendations, r => r.Code == RuleCodes.AcuteChronicHigh);
    }

    [Fact]
    public void Hard_long_cross_training_is_no_run_for_the_running_and_session_fuel_rules()
    {
        // Three 180-min rides near maximal heart rate in 3 days: as runs they would be long (fuel during, recovery fuel)
        // and hard (more than 2 hard sessions); as cross-training they are neither.
        var report = AthleteBuilder.Blank()
            .Cross(0, 180, 2000, avgHeartRate: 178)
            .Cross(1, 180, 2000, avgHeartRate: 178)
            .Cross(2, 180, 2000, avgHeartRate: 178)
            .Evaluate();

        string[] runRules = [RuleCodes.RecoveryFuel, RuleCodes.FuelDuringLongRuns, RuleCodes.HiitTooFrequent, RuleCodes.HiitNotReady, RuleCodes.LoadSpike, RuleCodes.NoviceStart];
        Assert.DoesNotContain(report.Recommendations, r => runRules.Contains(r.Code));
        Assert.Equal((0.0, 0, 0, 3), (report.Training.RunKm, report.Training.Runs, report.Training.HardRuns, report.Training.CrossTrainingSessions));

        // Yet they load: 178 is 97 % of 182.8, RPE 7, 1260 a day; the 7-day EWMA over 3 such days is 728.4375.
        Assert.Equal(728.4375, report.Training.Load.Fatigue, 6);
    }

    [Fact]
    public void The_plan_shows_a_lived_days_ride_as_done_without_distance_and_fuels_the_day_for_it()
    {
        // The week of Monday 2026-11-23 as of Wednesday the 25th: Tuesday's tempo run (10 km, 50 min) plus a 60-min ride.
        var monday = new DateOnly(2026, 11, 23);
        var without = CoachingEngine.PlanWeek(AthleteBuilder.Steady().Build(), monday, AthleteBuilder.AsOf);
        var with = CoachingEngine.PlanWeek(AthleteBuilder.Steady().Cross(1, 60, 700, km: 25).Build(), monday, AthleteBuilder.AsOf);

        var tuesday = with.Days[1];
        var ride = Assert.Single(tuesday.Sessions, s => s.Kind == PlannedSessionKind.CrossTraining);
        Assert.Equal((60.0, (double?)null, SessionStatus.Done, false), (ride.DurationMin, ride.DistanceKm, ride.Status, ride.IsRun));
        Assert.Equal(700, tuesday.Fuel.EnergyKcal - without.Days[1].Fuel.EnergyKcal, 6);

        // 50 min is the moderate band, 110 min the high one.
        Assert.Equal((CarbohydrateBand.Moderate, CarbohydrateBand.High), (without.Days[1].Fuel.CarbBand, tuesday.Fuel.CarbBand));

        // Everything still to do is planned as without the ride: the same runs, the same km.
        Assert.Equal(
            without.Days.SelectMany(d => d.Sessions).Where(s => s.Status == SessionStatus.Planned),
            with.Days.SelectMany(d => d.Sessions).Where(s => s.Status == SessionStatus.Planned));
    }

    [Fact]
    public void A_cross_training_session_after_the_as_of_day_is_ignored()
    {
        var athlete = AthleteBuilder.Steady();
        var report = athlete.Cross(-1, 90, 900).Evaluate();

        Assert.Equal(AthleteBuilder.Steady().Evaluate().Training, report.Training);
        Assert.Equal(46.36, report.Nutrition.EnergyAvailability!.Value, 2);
    }
}
