using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Summary;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Summary;

public sealed class TrainingWindowNutritionTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    // 70 kg at 12 % body fat: FFM = 70 x 0.88 = 61.6 kg.
    private static readonly BodyBaseline Body = BodyBaseline.Of(Sex.Male, 36, 180, 70, 12, BodyFatMethod.Dexa);

    [Fact]
    public void Nutrition_means_are_per_logged_day_per_kg_and_energy_availability_subtracts_that_days_running()
    {
        var log = new AthleteLog();
        log.Put(new NutritionDay(AsOf, 2800, 140, 350, null, []));
        log.Put(new NutritionDay(AsOf.AddDays(-1), 2400, 112, 280, null, []));
        log.Add(Runs.Easy(AsOf, km: 10, minutes: 55));

        var window = TrainingWindow.Of(log, Body, AsOf, 7, LocalCalendar.Utc);

        // Protein (140/70 + 112/70) / 2 = (2.0 + 1.6) / 2 = 1.8 g/kg; carbs (5.0 + 4.0) / 2 = 4.5 g/kg.
        // EA: today (2800 - 1.0 x 70 x 10) / 61.6 = 34.09, yesterday 2400 / 61.6 = 38.96; mean 36.5.
        Assert.Equal((2, 1.8, 4.5, 36.5), (window.NutritionDaysLogged, window.ProteinGPerKg, window.CarbsGPerKg, window.EnergyAvailability));
    }

    [Fact]
    public void Without_logged_days_or_a_body_baseline_nutrition_figures_are_unknown_not_zero()
    {
        var log = new AthleteLog();
        log.Put(new NutritionDay(AsOf, 2800, 140, 350, null, []));

        Assert.Null(TrainingWindow.Of(new AthleteLog(), Body, AsOf, 7, LocalCalendar.Utc).ProteinGPerKg);
        Assert.Null(TrainingWindow.Of(log, null, AsOf, 7, LocalCalendar.Utc).EnergyAvailability);
    }

    [Fact]
    public void Leg_sessions_count_only_sessions_that_load_the_legs()
    {
        var log = new AthleteLog();
        log.Add(new StrengthSession("legs", new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero), 45, 7, [Exercises.Of("squat", 4, MuscleGroup.Quads)]));
        log.Add(new StrengthSession("arms", new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero), 30, 6, [Exercises.Of("press", 4, MuscleGroup.Upper)]));

        var window = TrainingWindow.Of(log, Body, AsOf, 7, LocalCalendar.Utc);

        Assert.Equal((2, 1), (window.StrengthSessions, window.LegSessions));
    }
}
