using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Tests.Builders.ValidationAssert;

namespace RunStrong.Coaching.Tests.Validation;

/// <summary>Strength sessions, nutrition days and measurements: the validators added with the coaching engine.</summary>
public sealed class LogInputTests
{
    private static readonly DateOnly Today = Inputs.Today;

    private static ExerciseInput Squat => new("Back squat", ["quads", "glutes"], 4, 6, 100);

    private static StrengthSessionInput Session => new("gym-1", Inputs.At(2026, 11, 24, 18), 45, 7, [Squat]);

    [Fact]
    public void Complete_strength_session_maps_to_the_domain()
    {
        var session = Accepts(Session.Validate(Today, LocalCalendar.Utc));

        Assert.Equal("gym-1", session.Id);
        var exercise = Assert.Single(session.Exercises);
        Assert.Equal([MuscleGroup.Quads, MuscleGroup.Glutes], exercise.MuscleGroups);
        Assert.True(session.LoadsLegs);
    }

    [Fact]
    public void Strength_session_without_exercises_is_rejected_naming_exercises()
    {
        RejectsOnly((Session with { Exercises = [] }).Validate(Today, LocalCalendar.Utc), "exercises");
        RejectsOnly((Session with { Exercises = null }).Validate(Today, LocalCalendar.Utc), "exercises");
    }

    [Fact]
    public void Unknown_muscle_group_is_rejected_naming_its_path()
    {
        var error = RejectsOnly((Session with { Exercises = [Squat with { MuscleGroups = ["quads", "biceps"] }] }).Validate(Today, LocalCalendar.Utc), "exercises[0].muscleGroups[1]");

        Assert.Equal("exercises[0].muscleGroups[1] must be one of: calves, quads, hamstrings, glutes, core, upper.", error.Message);
    }

    [Theory]
    [InlineData(0, "exercises[0].sets")]
    [InlineData(101, "exercises[0].sets")]
    public void Sets_must_be_1_to_100(int sets, string field)
    {
        RejectsOnly((Session with { Exercises = [Squat with { Sets = sets }] }).Validate(Today, LocalCalendar.Utc), field);
    }

    [Fact]
    public void Exercise_without_name_or_muscle_groups_names_both()
    {
        var result = (Session with { Exercises = [Squat, new ExerciseInput(" ", [], 3, 10, null)] }).Validate(Today, LocalCalendar.Utc);

        Assert.Equal(["exercises[1].name", "exercises[1].muscleGroups"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Strength_session_the_day_after_tomorrow_is_rejected_naming_startedAt()
    {
        RejectsOnly((Session with { StartedAt = Inputs.At(2026, 11, 27, 0) }).Validate(Today, LocalCalendar.Utc), "startedAt");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(600.1)]
    [InlineData(double.NaN)]
    public void Strength_duration_must_be_over_0_and_at_most_10_hours(double minutes)
    {
        RejectsOnly((Session with { DurationMin = minutes }).Validate(Today, LocalCalendar.Utc), "durationMin");
    }

    [Fact]
    public void Strength_sessions_without_id_derive_equal_ids_for_equal_content()
    {
        var first = Accepts((Session with { Id = null }).Validate(Today, LocalCalendar.Utc));
        var again = Accepts((Session with { Id = null }).Validate(Today, LocalCalendar.Utc));
        var heavier = Accepts((Session with { Id = null, Exercises = [Squat with { LoadKg = 105 }] }).Validate(Today, LocalCalendar.Utc));

        Assert.Matches("^strength-[0-9a-f]{24}$", first.Id);
        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, heavier.Id);
    }

    private static NutritionDayInput Day => new(2800, 130, 350, 80, [new MealInput(new TimeOnly(8, 0), 35, 60, 600), new MealInput(null, 40, null, null)]);

    [Fact]
    public void Complete_nutrition_day_maps_to_the_domain_with_its_route_date()
    {
        var day = Accepts(Day.Validate(Today, Today));

        Assert.Equal(Today, day.Date);
        Assert.Equal(2, day.Meals.Count);
        Assert.Equal(new Meal(new TimeOnly(8, 0), 35, 60, 600), day.Meals[0]);
    }

    [Fact]
    public void Nutrition_day_without_meals_has_an_empty_meal_list()
    {
        Assert.Empty(Accepts((Day with { Meals = null }).Validate(Today, Today)).Meals);
    }

    [Theory]
    [InlineData("caloriesKcal")]
    [InlineData("proteinG")]
    [InlineData("carbsG")]
    public void Missing_daily_total_is_rejected_naming_it(string field)
    {
        var input = field switch
        {
            "caloriesKcal" => Day with { CaloriesKcal = null },
            "proteinG" => Day with { ProteinG = null },
            _ => Day with { CarbsG = null },
        };

        RejectsOnly(input.Validate(Today, Today), field);
    }

    [Fact]
    public void Calories_above_15000_are_rejected_as_likely_kilojoules()
    {
        RejectsOnly((Day with { CaloriesKcal = 15_001 }).Validate(Today, Today), "caloriesKcal");
    }

    [Fact]
    public void Nutrition_for_a_day_after_the_athletes_today_is_rejected_naming_date()
    {
        RejectsOnly(Day.Validate(Today.AddDays(1), Today), "date");
        Accepts(Day.Validate(Today, Today));
    }

    [Fact]
    public void Meal_without_protein_is_rejected_naming_its_path()
    {
        RejectsOnly((Day with { Meals = [new MealInput(null, null, 50, null)] }).Validate(Today, Today), "meals[0].proteinG");
    }

    [Fact]
    public void Meals_with_more_protein_than_the_day_are_rejected_naming_meals()
    {
        // 75 g in meals against a day of 70 g: over 70 x 1.05 + 1 = 74.5 g.
        var error = RejectsOnly((Day with { ProteinG = 70 }).Validate(Today, Today), "meals");

        Assert.Contains("75 g protein", error.Message, StringComparison.Ordinal);
        Accepts((Day with { ProteinG = 71 }).Validate(Today, Today)); // 71 x 1.05 + 1 = 75.55
    }

    private static MeasurementInput Weighing => new(null, Today, 70.5, 14, "bia");

    [Fact]
    public void Measurement_maps_to_the_domain_with_a_derived_id()
    {
        var measurement = Accepts(Weighing.Validate(Today));

        Assert.Equal(new Measurement(measurement.Id, Today, 70.5, 14, BodyFatMethod.Bia), measurement);
        Assert.Matches("^measurement-[0-9a-f]{24}$", measurement.Id);
        Assert.Equal(measurement.Id, Accepts(Weighing.Validate(Today)).Id);
    }

    [Fact]
    public void Measurement_requires_date_and_weight()
    {
        var result = (Weighing with { Date = null, WeightKg = null }).Validate(Today);

        Assert.Equal(["date", "weightKg"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Measurement_method_without_body_fat_is_rejected_naming_bodyFatMethod()
    {
        RejectsOnly((Weighing with { BodyFatPercent = null }).Validate(Today), "bodyFatMethod");
    }

    [Theory]
    [InlineData(24.9)]
    [InlineData(300.1)]
    [InlineData(double.PositiveInfinity)]
    public void Measurement_weight_outside_25_to_300_kg_is_rejected(double kg)
    {
        RejectsOnly((Weighing with { WeightKg = kg }).Validate(Today), "weightKg");
    }

    [Fact]
    public void Measurement_with_a_bad_client_id_is_rejected_naming_id()
    {
        RejectsOnly((Weighing with { Id = "no spaces" }).Validate(Today), "id");
    }
}
