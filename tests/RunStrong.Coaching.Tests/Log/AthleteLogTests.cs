using RunStrong.Coaching.Log;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Log;

public sealed class AthleteLogTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static StrengthSession LegDay(string id, DateOnly day, int squatSets = 4) => new(
        id, new DateTimeOffset(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero), 45, 7,
        [Exercises.Of("back squat", squatSets, MuscleGroup.Quads, MuscleGroup.Glutes), Exercises.Of("calf raise", 3, MuscleGroup.Calves)]);

    private static NutritionDay Eaten(DateOnly day, double protein = 120) => new(day, 2500, protein, 300, 70, [new Meal(new TimeOnly(8, 0), 30, 60, 500)]);

    [Fact]
    public void A_retried_strength_session_counts_once_although_its_exercise_list_is_a_new_copy()
    {
        var log = new AthleteLog();

        Assert.Equal(LogOutcome.Logged, log.Add(LegDay("s-1", Today)));
        Assert.Equal(LogOutcome.AlreadyLogged, log.Add(LegDay("s-1", Today)));
        Assert.Single(log.StrengthSessions);
    }

    [Fact]
    public void A_session_id_reused_for_other_exercises_is_a_conflict_and_keeps_the_first()
    {
        var log = new AthleteLog();
        log.Add(LegDay("s-1", Today, squatSets: 4));

        Assert.Equal(LogOutcome.IdConflict, log.Add(LegDay("s-1", Today, squatSets: 5)));
        Assert.Equal(4, log.StrengthSessions.Single().Exercises[0].Sets);
    }

    [Fact]
    public void A_days_nutrition_is_replaced_by_a_later_log_and_an_identical_repeat_changes_nothing()
    {
        var log = new AthleteLog();

        Assert.True(log.Put(Eaten(Today, protein: 100)));
        Assert.True(log.Put(Eaten(Today, protein: 130)));
        Assert.False(log.Put(Eaten(Today, protein: 130)));
        Assert.Equal(130, log.Nutrition.Single().ProteinG);
    }

    [Fact]
    public void Folding_moves_entries_before_the_first_detailed_day_into_their_iso_week()
    {
        // The first detailed day on 2026-11-25 is 2026-07-22 (126 days back); 2026-07-20 is that week's Monday.
        // Folded: three runs (10 km easy + 6 km tempo + 20 km long), one leg session, two days eaten, one weigh-in.
        var log = new AthleteLog();
        log.Add(Runs.Easy(new DateOnly(2026, 7, 20), km: 10, minutes: 60));
        log.Add(Runs.Long(new DateOnly(2026, 7, 21), km: 20, minutes: 120));
        log.Add(Runs.Tempo(new DateOnly(2026, 7, 21), km: 6, minutes: 30));
        log.Add(LegDay("s-1", new DateOnly(2026, 7, 21)));
        log.Put(Eaten(new DateOnly(2026, 7, 20), protein: 100));
        log.Put(Eaten(new DateOnly(2026, 7, 21), protein: 120));
        log.Add(new Measurement("m-1", new DateOnly(2026, 7, 21), 70.4, null, null));
        log.Add(Runs.Easy(Today));

        Assert.True(log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.Utc));

        var week = Assert.Single(log.EarlierWeeks);
        Assert.Equal(new WeeklyTotals(new DateOnly(2026, 7, 20), 3, 36, 210, 1, 1, 1, 2, 220, 600, 5000, 70.4, LongRuns: 1), week);
        Assert.Equal([Today], log.Runs.Select(r => r.UtcDay()));
        Assert.Empty(log.StrengthSessions);
        Assert.Empty(log.Nutrition);
        Assert.Empty(log.Measurements);
    }

    [Fact]
    public void Entries_on_the_first_detailed_day_stay_in_detail_and_nothing_moved_reports_false()
    {
        var firstDetailedDay = DetailWindow.FirstDetailedDay(Today); // 2026-11-25 minus 126 days = 2026-07-22
        var log = new AthleteLog();
        log.Add(Runs.Easy(firstDetailedDay));

        Assert.Equal(new DateOnly(2026, 7, 22), firstDetailedDay);
        Assert.False(log.FoldBefore(firstDetailedDay, LocalCalendar.Utc));
        Assert.Single(log.Runs);
    }

    [Fact]
    public void A_later_fold_adds_to_a_week_that_was_already_folded()
    {
        var log = new AthleteLog();
        log.Add(Runs.Easy(new DateOnly(2026, 7, 20), km: 10, minutes: 60));
        log.FoldBefore(new DateOnly(2026, 7, 21), LocalCalendar.Utc);
        log.Add(Runs.Easy(new DateOnly(2026, 7, 26), km: 5, minutes: 30));

        log.FoldBefore(new DateOnly(2026, 8, 1), LocalCalendar.Utc);

        var week = Assert.Single(log.EarlierWeeks);
        Assert.Equal((2, 15.0), (week.Runs, week.DistanceKm));
    }

    [Fact]
    public void Folding_puts_an_entry_in_the_athletes_local_week()
    {
        // Monday 2026-07-20 06:30 in Sydney (AEST, UTC+10) is Sunday 2026-07-19 20:30 UTC, which is in the week of the 13th.
        var log = new AthleteLog();
        log.Add(new Run("r", new DateTimeOffset(2026, 7, 19, 20, 30, 0, TimeSpan.Zero), 10, 60, RunKind.Easy, null, null));

        log.FoldBefore(new DateOnly(2026, 8, 1), LocalCalendar.For("Australia/Sydney"));

        Assert.Equal(new DateOnly(2026, 7, 20), Assert.Single(log.EarlierWeeks).WeekOf);
    }

    [Fact]
    public void An_entry_on_the_first_detailed_local_day_stays_in_detail()
    {
        // 2026-07-22 05:00 in Sydney is 2026-07-21 19:00 UTC, a day before the first detailed day in UTC.
        var log = new AthleteLog();
        log.Add(new Run("r", new DateTimeOffset(2026, 7, 21, 19, 0, 0, TimeSpan.Zero), 10, 60, RunKind.Easy, null, null));

        Assert.False(log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.For("Australia/Sydney")));
        Assert.Single(log.Runs);
    }
}
