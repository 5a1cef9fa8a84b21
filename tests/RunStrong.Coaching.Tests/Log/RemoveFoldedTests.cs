using RunStrong.Coaching.Log;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Log;

/// <summary>Taking a run or cross-training session that already aged out back out of its week's totals.</summary>
public sealed class RemoveFoldedTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateOnly Monday = new(2026, 7, 13); // a week wholly before the first detailed day, 2026-07-22

    private static AthleteLog Folded(params object[] entries)
    {
        var log = new AthleteLog();
        foreach (var entry in entries)
        {
            _ = entry switch
            {
                Run run => log.Add(run),
                CrossTrainingSession session => log.Add(session),
                NutritionDay day => log.Put(day) ? LogOutcome.Logged : LogOutcome.AlreadyLogged,
                _ => throw new ArgumentException("unexpected entry", nameof(entries)),
            };
        }

        log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.Utc);
        return log;
    }

    [Fact]
    public void A_folded_run_comes_out_of_its_weeks_runs_km_minutes_and_kinds()
    {
        var tempo = Runs.Tempo(Monday, km: 6, minutes: 30);
        var log = Folded(Runs.Easy(Monday, km: 10, minutes: 60), Runs.Long(Monday.AddDays(1), km: 20, minutes: 120), tempo);

        Assert.True(log.RemoveFolded(tempo, LocalCalendar.Utc));

        Assert.Equal(new WeeklyTotals(Monday, 2, 30, 180, 0, 0, 0, 0, 0, 0, 0, null, LongRuns: 1), Assert.Single(log.EarlierWeeks));
    }

    [Fact]
    public void A_folded_cross_training_session_comes_out_of_its_own_figures_and_leaves_the_runs()
    {
        var ride = CrossSessions.Ride(Monday, minutes: 90, kcal: 900);
        var log = Folded(Runs.Easy(Monday, km: 10, minutes: 60), ride, CrossSessions.Swim(Monday.AddDays(2), minutes: 45, kcal: 400));

        Assert.True(log.RemoveFolded(ride, LocalCalendar.Utc));

        Assert.Equal(
            new WeeklyTotals(Monday, 1, 10, 60, 0, 0, 0, 0, 0, 0, 0, null, CrossTrainingSessions: 1, CrossTrainingMinutes: 45, CrossTrainingKcal: 400),
            Assert.Single(log.EarlierWeeks));
    }

    [Fact]
    public void A_week_left_with_nothing_is_removed()
    {
        var run = Runs.Easy(Monday);
        var ride = CrossSessions.Ride(Monday.AddDays(1));
        var log = Folded(run, ride, Runs.Easy(Monday.AddDays(-7)));

        Assert.True(log.RemoveFolded(run, LocalCalendar.Utc));
        Assert.Equal(2, log.EarlierWeeks.Count);
        Assert.True(log.RemoveFolded(ride, LocalCalendar.Utc));

        Assert.Equal(Monday.AddDays(-7), Assert.Single(log.EarlierWeeks).WeekOf);
    }

    [Fact]
    public void A_week_that_still_holds_a_nutrition_day_stays_and_floating_residues_read_as_zero()
    {
        // 0.1 + 0.2 is 0.30000000000000004; taking 0.1 and 0.2 back out leaves 5.6e-17 without the clamp.
        Run a = Runs.Easy(Monday, km: 0.1, minutes: 0.7), b = Runs.Easy(Monday, km: 0.2, minutes: 1.1);
        CrossTrainingSession x = CrossSessions.Ride(Monday, minutes: 0.1, kcal: 0.1), y = CrossSessions.Ride(Monday, minutes: 0.2, kcal: 0.2);
        var log = Folded(a, b, x, y, new NutritionDay(Monday, 2500, 120, 300, null, []));

        Assert.True(log.RemoveFolded(a, LocalCalendar.Utc) & log.RemoveFolded(b, LocalCalendar.Utc));
        Assert.True(log.RemoveFolded(x, LocalCalendar.Utc) & log.RemoveFolded(y, LocalCalendar.Utc));

        var week = Assert.Single(log.EarlierWeeks);
        Assert.Equal(new WeeklyTotals(Monday, 0, 0, 0, 0, 0, 0, 1, 120, 300, 2500, null), week);
        Assert.Equal(0.0, week.DistanceKm); // exactly, not 5.6e-17
        Assert.Equal(0.0, week.CrossTrainingKcal);
    }

    [Fact]
    public void Counts_never_go_below_zero_in_a_week_folded_before_long_runs_were_counted()
    {
        // Stored by a version that had no LongRuns: the long run is in Runs but not in LongRuns.
        var longRun = Runs.Long(Monday, km: 20, minutes: 120);
        var log = new AthleteLog { EarlierWeeks = [new WeeklyTotals(Monday, 2, 28, 168, 0, 0, 0, 0, 0, 0, 0, 70)] };

        Assert.True(log.RemoveFolded(longRun, LocalCalendar.Utc));

        Assert.Equal(new WeeklyTotals(Monday, 1, 8, 48, 0, 0, 0, 0, 0, 0, 0, 70), Assert.Single(log.EarlierWeeks));
    }

    [Fact]
    public void A_week_that_holds_a_weigh_in_stays_when_its_last_run_goes()
    {
        var run = Runs.Easy(Monday, km: 8, minutes: 48);
        var log = new AthleteLog { EarlierWeeks = [WeeklyTotals.Empty(Monday).With(run) with { LastWeightKg = 70.4 }] };

        Assert.True(log.RemoveFolded(run, LocalCalendar.Utc));

        Assert.Equal(WeeklyTotals.Empty(Monday) with { LastWeightKg = 70.4 }, Assert.Single(log.EarlierWeeks));
    }

    [Fact]
    public void An_entry_still_in_detail_is_not_taken_from_a_folded_week()
    {
        // The same week holds a folded run and, by id, this one still in detail (as after a zone change): removing
        // it by id is the caller's job, and the folded week must not lose a run it never had.
        var folded = Runs.Easy(Monday);
        var log = Folded(folded);
        var detailed = Runs.Easy(Monday.AddDays(1));
        log.Runs.Add(detailed);

        Assert.False(log.RemoveFolded(detailed, LocalCalendar.Utc));
        Assert.Equal(1, Assert.Single(log.EarlierWeeks).Runs);
    }

    [Fact]
    public void Nothing_to_take_back_is_false_and_changes_nothing()
    {
        var log = Folded(Runs.Easy(Monday));
        var before = log.EarlierWeeks.ToList();

        Assert.False(log.RemoveFolded(Runs.Easy(Monday.AddDays(-14)), LocalCalendar.Utc)); // no such week
        Assert.False(log.RemoveFolded(CrossSessions.Ride(Monday), LocalCalendar.Utc)); // the week has no cross-training

        Assert.Equal(before, log.EarlierWeeks);
    }

    [Fact]
    public void The_week_is_the_athletes_local_one()
    {
        // Monday 2026-07-20 06:30 in Sydney is Sunday 2026-07-19 in UTC: folded into the Sydney week of the 20th.
        var sydney = LocalCalendar.For("Australia/Sydney");
        var ride = new CrossTrainingSession("x", new DateTimeOffset(2026, 7, 19, 20, 30, 0, TimeSpan.Zero), "cycling", 60, 600, null, 25);
        var log = new AthleteLog();
        log.Add(ride);
        log.FoldBefore(new DateOnly(2026, 8, 1), sydney);

        Assert.False(log.RemoveFolded(ride, LocalCalendar.Utc)); // the UTC week of the 13th holds nothing
        Assert.True(log.RemoveFolded(ride, sydney));
        Assert.Empty(log.EarlierWeeks);
    }
}
