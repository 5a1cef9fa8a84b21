using RunStrong.Coaching.Log;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Log;

/// <summary>Athletes correct what they logged: entries are replaced or removed by id, a day's nutrition by its date.</summary>
public sealed class AthleteLogEditTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Run Easy(string id, double km = 10) =>
        new(id, new DateTimeOffset(Today.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero), km, km * 5.5, RunKind.Easy, null, null);

    private static StrengthSession LegDay(string id, int squatSets = 4) => new(
        id, new DateTimeOffset(Today.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero), 45, 7,
        [Exercises.Of("back squat", squatSets, MuscleGroup.Quads, MuscleGroup.Glutes)]);

    private static NutritionDay Eaten(DateOnly day) => new(day, 2500, 120, 300, 70, []);

    private static Measurement WeighIn(string id, double kg = 70.4) => new(id, Today, kg, null, null);

    [Fact]
    public void Replacing_a_run_with_other_content_keeps_only_the_new_run_in_its_place()
    {
        var log = new AthleteLog();
        log.Add(Easy("r-1", km: 10));
        log.Add(Easy("r-2"));

        Assert.Equal(ReplaceOutcome.Replaced, log.Replace(Easy("r-1", km: 12)));
        Assert.Equal([("r-1", 12.0), ("r-2", 10.0)], log.Runs.Select(r => (r.Id, r.DistanceKm)));
    }

    [Fact]
    public void Replacing_a_run_with_the_same_content_changes_nothing()
    {
        var log = new AthleteLog();
        log.Add(Easy("r-1"));

        Assert.Equal(ReplaceOutcome.Unchanged, log.Replace(Easy("r-1")));
        Assert.Single(log.Runs);
    }

    [Fact]
    public void Replacing_a_run_id_that_holds_nothing_creates_the_run()
    {
        var log = new AthleteLog();

        Assert.Equal(ReplaceOutcome.Created, log.Replace(Easy("r-1")));
        Assert.Equal("r-1", log.Runs.Single().Id);
    }

    [Fact]
    public void A_strength_session_with_a_new_copy_of_the_same_exercises_is_unchanged_and_other_sets_replace_it()
    {
        var log = new AthleteLog();

        Assert.Equal(ReplaceOutcome.Created, log.Replace(LegDay("s-1", squatSets: 4)));
        Assert.Equal(ReplaceOutcome.Unchanged, log.Replace(LegDay("s-1", squatSets: 4)));
        Assert.Equal(ReplaceOutcome.Replaced, log.Replace(LegDay("s-1", squatSets: 5)));
        Assert.Equal(5, log.StrengthSessions.Single().Exercises[0].Sets);
    }

    [Fact]
    public void Removing_a_run_removes_only_that_run_and_a_second_removal_finds_nothing()
    {
        var log = new AthleteLog();
        log.Add(Easy("r-1"));
        log.Add(Easy("r-2"));

        Assert.True(log.RemoveRun("r-1"));
        Assert.False(log.RemoveRun("r-1"));
        Assert.Equal(["r-2"], log.Runs.Select(r => r.Id));
    }

    [Fact]
    public void Removing_an_id_only_looks_at_its_own_kind_of_entry()
    {
        var log = new AthleteLog();
        log.Add(Easy("same-id"));
        log.Add(LegDay("same-id"));
        log.Add(WeighIn("same-id"));

        Assert.True(log.RemoveStrengthSession("same-id"));
        Assert.False(log.RemoveStrengthSession("same-id"));
        Assert.True(log.RemoveMeasurement("same-id"));
        Assert.False(log.RemoveMeasurement("same-id"));
        Assert.Equal(["same-id"], log.Runs.Select(r => r.Id));
    }

    [Fact]
    public void Removing_a_days_nutrition_leaves_the_other_days()
    {
        var log = new AthleteLog();
        log.Put(Eaten(Today));
        log.Put(Eaten(Today.AddDays(-1)));

        Assert.True(log.RemoveNutrition(Today));
        Assert.False(log.RemoveNutrition(Today));
        Assert.Equal([Today.AddDays(-1)], log.Nutrition.Select(n => n.Date));
    }

    [Fact]
    public void A_run_folded_into_its_week_can_no_longer_be_removed_and_its_totals_stay()
    {
        var log = new AthleteLog();
        log.Add(Runs.Easy(new DateOnly(2026, 7, 20), km: 10, minutes: 60));
        var folded = log.Runs.Single().Id;
        log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.Utc);

        Assert.False(log.RemoveRun(folded));
        Assert.Equal(1, log.EarlierWeeks.Single().Runs);
    }
}
