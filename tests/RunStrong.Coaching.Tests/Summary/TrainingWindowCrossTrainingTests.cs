using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Summary;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Summary;

/// <summary>The overview counts cross-training apart from runs, and its energy in energy availability as the engine does.</summary>
public sealed class TrainingWindowCrossTrainingTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    // 70 kg at 12 % body fat: FFM = 70 x 0.88 = 61.6 kg.
    private static readonly BodyBaseline Body = BodyBaseline.Of(Sex.Male, 36, 180, 70, 12, BodyFatMethod.Dexa);

    [Fact]
    public void Cross_training_has_its_own_count_and_minutes_and_is_not_a_run()
    {
        var log = new AthleteLog();
        log.Add(Runs.Easy(AsOf, km: 8, minutes: 48));
        log.Add(CrossSessions.Ride(AsOf.AddDays(-1), minutes: 90, km: 40));
        log.Add(CrossSessions.Swim(AsOf.AddDays(-10), minutes: 45));

        var week = TrainingWindow.Of(log, null, AsOf, 7, LocalCalendar.Utc);
        var month = TrainingWindow.Of(log, null, AsOf, 28, LocalCalendar.Utc);

        Assert.Equal(new TrainingWindow(7, 1, 8, 48, 0, 0, 0, 0, 0, null, null, null, CrossTrainingSessions: 1, CrossTrainingMin: 90), week);
        Assert.Equal((1, 8.0, 48.0, 2, 135.0), (month.Runs, month.DistanceKm, month.DurationMin, month.CrossTrainingSessions, month.CrossTrainingMin));
    }

    [Fact]
    public void Energy_availability_subtracts_that_days_cross_training_energy()
    {
        var log = new AthleteLog();
        log.Put(new NutritionDay(AsOf, 2800, 140, 350, null, []));
        log.Add(CrossSessions.Ride(AsOf, kcal: 900));
        log.Add(CrossSessions.Ride(AsOf.AddDays(-1), kcal: 500)); // no food logged that day: not paired

        // (2800 - 900) / 61.6 = 30.84.
        Assert.Equal(30.8, TrainingWindow.Of(log, Body, AsOf, 7, LocalCalendar.Utc).EnergyAvailability);
    }

    [Fact]
    public void The_overviews_energy_availability_is_the_engines()
    {
        var athlete = AthleteBuilder.Steady().Cross(1, 90, 900).Cross(3, 45, 400, sport: "swimming");
        var log = new AthleteLog
        {
            Runs = athlete.Runs, StrengthSessions = athlete.Strength, Nutrition = athlete.Nutrition,
            Measurements = athlete.Measurements, CrossTraining = athlete.CrossTraining,
        };

        var report = CoachingEngine.Evaluate(log.ToAthleteData(athlete.Profile), AthleteBuilder.AsOf);
        var window = TrainingWindow.Of(log, report.Body, AthleteBuilder.AsOf, 7, LocalCalendar.Utc);

        Assert.Equal(Math.Round(report.Nutrition.EnergyAvailability!.Value, 1), window.EnergyAvailability);
        Assert.Equal(43.3, window.EnergyAvailability); // (3300 - 3110 / 7) / 61.6 = 46.36, less (900 + 400) / 7 / 61.6 = 3.01
    }
}
