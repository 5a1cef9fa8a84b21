using RunStrong.Coaching.Athletes;

namespace RunStrong.Benchmarks.Micro;

/// <summary>
/// A diligent athlete's 16 weeks: five runs a week (one interval, one tempo, one long), two leg sessions,
/// nutrition with four meals every day, and weigh-ins every other day with body fat by two methods. Deterministic, so runs compare.
/// </summary>
public static class SixteenWeeksOfData
{
    public const int Weeks = 16;

    public static AthleteData Build(DateOnly asOf)
    {
        var profile = new AthleteProfile(Sex.Female, 1990, 168, 61, 21, BodyFatMethod.Dexa, 48, Goal.Maintain, TrainingPhase.Build, false);
        var runs = new List<Run>();
        var sessions = new List<StrengthSession>();
        var nutrition = new List<NutritionDay>();
        var measurements = new List<Measurement>();
        var first = asOf.AddDays(-(Weeks * 7) + 1);
        for (var day = first; day <= asOf; day = day.AddDays(1))
        {
            var index = day.DayNumber - first.DayNumber;
            var morning = new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);
            if (RunOf(index % 7, morning) is { } run)
            {
                runs.Add(run);
            }

            if (index % 7 is 1 or 4)
            {
                sessions.Add(new StrengthSession($"s-{index}", morning.AddHours(11), 50, 7,
                [
                    new Exercise("back squat", [MuscleGroup.Quads, MuscleGroup.Glutes], 4, 6, 60),
                    new Exercise("romanian deadlift", [MuscleGroup.Hamstrings, MuscleGroup.Glutes], 3, 8, 50),
                    new Exercise("calf raise", [MuscleGroup.Calves], 3, 12, 30),
                ]));
            }

            nutrition.Add(new NutritionDay(day, 2400 + (index % 5 * 40), 105 + (index % 3 * 5), 300 + (index % 4 * 10), 75,
            [
                new Meal(new TimeOnly(7, 30), 28, 70, 550),
                new Meal(new TimeOnly(12, 30), 30, 90, 700),
                new Meal(new TimeOnly(16, 0), 20, 50, 400),
                new Meal(new TimeOnly(20, 0), 32, 90, 750),
            ]));
            // Weighed every other day, a home bioimpedance reading weekly, a DEXA scan every 4 weeks: the engine
            // reads 12 weeks of them for trends and the same-method fat-free-mass comparison.
            if (index % 2 == 0)
            {
                var (fat, method) = index % 28 == 0 ? (21.0, BodyFatMethod.Dexa) : index % 14 == 0 ? (23.5, BodyFatMethod.Bia) : ((double?)null, (BodyFatMethod?)null);
                measurements.Add(new Measurement($"m-{index}", day, 61 - (index * 0.005) + (index % 3 * 0.2), fat, method));
            }
        }

        return new AthleteData(profile, runs, sessions, nutrition, measurements);
    }

    private static Run? RunOf(int weekday, DateTimeOffset morning) => weekday switch
    {
        0 => new Run($"r-{morning:yyyyMMdd}", morning, 8, 48, RunKind.Easy, 3, 140),
        1 => new Run($"r-{morning:yyyyMMdd}", morning, 8, 42, RunKind.Interval, 8, 165),
        3 => new Run($"r-{morning:yyyyMMdd}", morning, 10, 52, RunKind.Tempo, 6, 158),
        4 => new Run($"r-{morning:yyyyMMdd}", morning, 6, 36, RunKind.Easy, 3, 138),
        6 => new Run($"r-{morning:yyyyMMdd}", morning, 20, 125, RunKind.Long, 4, 145),
        _ => null,
    };
}
