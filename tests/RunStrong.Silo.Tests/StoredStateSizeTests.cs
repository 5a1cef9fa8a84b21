using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Silo.Grains;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests;

/// <summary>An athlete's stored state stays bounded however long they log: detail for the window, weekly totals before.</summary>
public sealed class StoredStateSizeTests
{
    private const int Limit = 256 * 1024;

    [Fact]
    public void A_year_of_logging_everything_every_day_stays_well_under_256_KB_of_stored_state()
    {
        var state = new AthleteState { Profile = AthleteBuilders.Profile() };
        var first = new DateOnly(2025, 11, 26);
        for (var day = first; day < first.AddDays(365); day = day.AddDays(1))
        {
            LogADay(state.Log, day);
            state.Log.FoldBefore(DetailWindow.FirstDetailedDay(day), LocalCalendar.Utc); // what the grain does on every write
        }

        var bytes = JsonGrainStateSerializer.Instance.Serialize(state).ToArray().Length;
        TestContext.Current.TestOutputHelper?.WriteLine($"A year of daily logging stores {bytes:N0} bytes.");

        Assert.Equal(DetailWindow.Days + 1, state.Log.Runs.Count);
        Assert.InRange(state.Log.EarlierWeeks.Count, 33, 35);
        Assert.True(bytes < Limit * 3 / 4, $"A year of daily logging stores {bytes:N0} bytes; the budget is well under {Limit:N0}.");
    }

    /// <summary>A diligent athlete's day: a run, a leg session of four exercises, four meals, a weigh-in.</summary>
    private static void LogADay(AthleteLog log, DateOnly day)
    {
        var morning = new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);
        log.Add(new Run($"run-{day:yyyyMMdd}", morning, 10.25, 57.5, RunKind.Easy, 4, 142));
        log.Add(new StrengthSession($"gym-{day:yyyyMMdd}", morning.AddHours(11), 50, 7,
        [
            new Exercise("back squat", [MuscleGroup.Quads, MuscleGroup.Glutes], 4, 6, 80),
            new Exercise("romanian deadlift", [MuscleGroup.Hamstrings, MuscleGroup.Glutes], 3, 8, 70),
            new Exercise("standing calf raise", [MuscleGroup.Calves], 3, 12, 40),
            new Exercise("plank", [MuscleGroup.Core], 3, 1, null),
        ]));
        log.Put(new NutritionDay(day, 2650, 128, 345, 80,
        [
            new Meal(new TimeOnly(7, 30), 30, 80, 550),
            new Meal(new TimeOnly(12, 30), 35, 90, 700),
            new Meal(new TimeOnly(16, 0), 25, 60, 450),
            new Meal(new TimeOnly(20, 0), 38, 115, 950),
        ]));
        log.Add(new Measurement($"weigh-{day:yyyyMMdd}", day, 64.5, 18, BodyFatMethod.Bia));
    }
}
