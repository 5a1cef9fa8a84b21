using RunStrong.Coaching.Engine;

namespace RunStrong.Coaching.Tests.Builders;

/// <summary>
/// Builds an athlete's data relative to <see cref="AsOf"/> (days ago, not dates). <see cref="Steady"/> is a
/// runner who does everything right and fires no rule; a test changes the one thing it is about.
/// </summary>
internal sealed class AthleteBuilder
{
    /// <summary>A Wednesday, so the plan's week runs Thursday to Wednesday with the long run on Sunday.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 25);

    private int sequence;

    public AthleteBuilder(AthleteProfile profile) => Profile = profile;

    public AthleteProfile Profile { get; set; }

    public List<Run> Runs { get; } = [];

    public List<StrengthSession> Strength { get; } = [];

    public List<NutritionDay> Nutrition { get; } = [];

    public List<Measurement> Measurements { get; } = [];

    public List<CrossTrainingSession> CrossTraining { get; } = [];

    /// <summary>Male, 180 cm, 70 kg, 12 % body fat (dexa): FFM 61.6 kg. Three years running, base phase.</summary>
    public static AthleteProfile Man => new(Sex.Male, 1990, 180, 70, 12, BodyFatMethod.Dexa, 36, Goal.Maintain, TrainingPhase.Base, false);

    /// <summary>Female, 165 cm, 60 kg, 22 % body fat (dexa): FFM 46.8 kg.</summary>
    public static AthleteProfile Woman => new(Sex.Female, 1992, 165, 60, 22, BodyFatMethod.Dexa, 36, Goal.Maintain, TrainingPhase.Base, false);

    /// <summary>Nothing logged.</summary>
    public static AthleteBuilder Blank(AthleteProfile? profile = null) => new(profile ?? Man);

    /// <summary>
    /// 16 weeks of the same week for the 70 kg man: Mon legs (45 min), Tue tempo 10 km/50 min, Thu easy
    /// 8 km/44 min, Fri legs, Sat easy 8 km/44 min, Sun long 12 km/66 min (easy pace 5.5 min/km) = 38 km,
    /// 4 runs, 1 hard; legs get
    /// 8 sets per group a week. Every day: 3300 kcal, 120 g protein (1.71 g/kg) in 4 meals of 30 g, 420 g
    /// carbohydrate (6 g/kg). Exercise energy 38 x 70 + 90 x 5 = 3110 kcal/week = 444/day, so EA = (3300 - 444)
    /// / 61.6 = 46.4. Weekly weigh-ins at the profile's weight and body fat.
    /// </summary>
    public static AthleteBuilder Steady(AthleteProfile? profile = null, int weeks = 16)
    {
        var athlete = new AthleteBuilder(profile ?? Man);
        for (var ago = (weeks * 7) - 1; ago >= 0; ago--)
        {
            switch (AsOf.AddDays(-ago).DayOfWeek)
            {
                case DayOfWeek.Monday or DayOfWeek.Friday:
                    athlete.LegSession(ago);
                    break;
                case DayOfWeek.Tuesday:
                    athlete.Run(ago, RunKind.Tempo, 10, 50);
                    break;
                case DayOfWeek.Thursday or DayOfWeek.Saturday:
                    athlete.Run(ago, RunKind.Easy, 8, 44);
                    break;
                case DayOfWeek.Sunday:
                    athlete.Run(ago, RunKind.Long, 12, 66);
                    break;
            }

            athlete.Eat(ago, 3300, 120, 420, meals: [30, 30, 30, 30]);
            if (ago % 7 == 0)
            {
                athlete.Weigh(ago, athlete.Profile.WeightKg, athlete.Profile.BodyFatPercent, athlete.Profile.BodyFatMethod);
            }
        }

        return athlete;
    }

    public AthleteBuilder With(Func<AthleteProfile, AthleteProfile> change)
    {
        Profile = change(Profile);
        return this;
    }

    public AthleteBuilder Run(int daysAgo, RunKind kind, double km, double minutes, int? rpe = null, int hour = 7)
    {
        Runs.Add(new Run($"r{++sequence}", At(daysAgo, hour), km, minutes, kind, rpe, null));
        return this;
    }

    public AthleteBuilder Session(int daysAgo, double minutes, int? rpe, int hour, params Exercise[] exercises)
    {
        Strength.Add(new StrengthSession($"s{++sequence}", At(daysAgo, hour), minutes, rpe, exercises));
        return this;
    }

    /// <summary>A 45-min leg session: squats (quads, glutes) 4 sets, Romanian deadlifts (hamstrings, glutes) 4, calf raises 4.</summary>
    public AthleteBuilder LegSession(int daysAgo, int hour = 18, int setsEach = 4) =>
        Session(daysAgo, 45, null, hour,
            Exercises.Of("Squat", setsEach, MuscleGroup.Quads, MuscleGroup.Glutes),
            Exercises.Of("Romanian deadlift", setsEach, MuscleGroup.Hamstrings, MuscleGroup.Glutes),
            Exercises.Of("Calf raise", setsEach, MuscleGroup.Calves));

    /// <summary>A session other than running, as an activity file logs it.</summary>
    public AthleteBuilder Cross(int daysAgo, double minutes, double kcal, int? avgHeartRate = null, string sport = "cycling", double? km = null, int hour = 12)
    {
        CrossTraining.Add(new CrossTrainingSession($"x{++sequence}", At(daysAgo, hour), sport, minutes, kcal, avgHeartRate, km));
        return this;
    }

    public AthleteBuilder UpperBodySession(int daysAgo, int hour = 18) =>
        Session(daysAgo, 45, null, hour, Exercises.Of("Bench press", 4, MuscleGroup.Upper), Exercises.Of("Plank", 3, MuscleGroup.Core));

    public AthleteBuilder Eat(int daysAgo, double kcal, double proteinG, double carbsG, double[]? meals = null)
    {
        var mealList = (meals ?? []).Select(p => new Meal(null, p, null, null)).ToList();
        Nutrition.RemoveAll(d => d.Date == AsOf.AddDays(-daysAgo));
        Nutrition.Add(new NutritionDay(AsOf.AddDays(-daysAgo), kcal, proteinG, carbsG, null, mealList));
        return this;
    }

    /// <summary>Replaces the last <paramref name="days"/> days' logs with the same day.</summary>
    public AthleteBuilder EatDaily(double kcal, double proteinG, double carbsG, double[]? meals = null, int days = 7)
    {
        for (var ago = 0; ago < days; ago++)
        {
            Eat(ago, kcal, proteinG, carbsG, meals);
        }

        return this;
    }

    public AthleteBuilder Weigh(int daysAgo, double kg, double? bodyFat = null, BodyFatMethod? method = null)
    {
        Measurements.Add(new Measurement($"m{++sequence}", AsOf.AddDays(-daysAgo), kg, bodyFat, method));
        return this;
    }

    /// <summary>Drops entries logged within the last <paramref name="days"/> days.</summary>
    public AthleteBuilder ForgetLast(int days)
    {
        var from = AsOf.AddDays(1 - days);
        Runs.RemoveAll(r => r.UtcDay() >= from);
        Strength.RemoveAll(s => s.UtcDay() >= from);
        Nutrition.RemoveAll(n => n.Date >= from);
        Measurements.RemoveAll(m => m.Date >= from);
        CrossTraining.RemoveAll(s => LocalCalendar.Utc.DayOf(s.StartedAt) >= from);
        return this;
    }

    public AthleteData Build() => new(Profile, [.. Runs], [.. Strength], [.. Nutrition], [.. Measurements], [.. CrossTraining]);

    public CoachingReport Evaluate() => CoachingEngine.Evaluate(Build(), AsOf);

    private static DateTimeOffset At(int daysAgo, int hour) =>
        new(AsOf.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
