using System.Text.Json;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Log;

/// <summary>Cross-training ages out into weekly totals like runs, in its own figures: never as runs or km run.</summary>
public sealed class CrossTrainingFoldTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateOnly Monday = new(2026, 7, 20); // the week before the first detailed day, 2026-07-22
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Folding_adds_cross_training_to_its_own_figures_of_the_week_and_not_to_runs_or_km()
    {
        var log = new AthleteLog();
        log.Add(Runs.Easy(Monday, km: 10, minutes: 60));
        log.Add(CrossSessions.Ride(Monday.AddDays(1), minutes: 90, kcal: 900, km: 40));
        log.Add(CrossSessions.Swim(Monday.AddDays(1), minutes: 45, kcal: 400));
        log.Add(Runs.Easy(Today));

        Assert.True(log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.Utc));

        var week = Assert.Single(log.EarlierWeeks);
        Assert.Equal(
            new WeeklyTotals(Monday, 1, 10, 60, 0, 0, 0, 0, 0, 0, 0, null, CrossTrainingSessions: 2, CrossTrainingMinutes: 135, CrossTrainingKcal: 1300),
            week);
        Assert.Empty(log.CrossTraining);
        Assert.Single(log.Runs);
    }

    [Fact]
    public void An_old_cross_training_session_alone_is_enough_to_fold()
    {
        var log = new AthleteLog();
        log.Add(CrossSessions.Ride(Monday));

        Assert.True(log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.Utc));
        Assert.Empty(log.CrossTraining);
        Assert.Equal(1, Assert.Single(log.EarlierWeeks).CrossTrainingSessions);
    }

    [Fact]
    public void Cross_training_on_the_first_detailed_day_stays_in_detail()
    {
        var log = new AthleteLog();
        log.Add(CrossSessions.Ride(DetailWindow.FirstDetailedDay(Today)));

        Assert.False(log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.Utc));
        Assert.Single(log.CrossTraining);
    }

    [Fact]
    public void A_week_reads_the_same_before_and_after_its_cross_training_is_folded()
    {
        var log = new AthleteLog();
        log.Add(CrossSessions.Ride(Monday, minutes: 61.1, kcal: 700.3));
        log.Add(CrossSessions.Ride(Monday.AddDays(2), minutes: 33.7, kcal: 301.9));
        log.Add(CrossSessions.Swim(Monday.AddDays(1), minutes: 40.2, kcal: 350.7));
        log.Add(Runs.Easy(Monday.AddDays(1)));

        var before = log.Weeks(LocalCalendar.Utc);
        log.FoldBefore(DetailWindow.FirstDetailedDay(Today), LocalCalendar.Utc);
        var after = log.Weeks(LocalCalendar.Utc);

        Assert.Equal(before, after);
        Assert.Equal(3, Assert.Single(after).CrossTrainingSessions);
    }

    [Fact]
    public void Weeks_count_cross_training_still_in_detail()
    {
        var log = new AthleteLog();
        log.Add(CrossSessions.Ride(Today, minutes: 90, kcal: 900));

        var week = Assert.Single(log.Weeks(LocalCalendar.Utc));
        Assert.Equal((0, 0.0, 1, 90.0, 900.0), (week.Runs, week.DistanceKm, week.CrossTrainingSessions, week.CrossTrainingMinutes, week.CrossTrainingKcal));
    }

    [Fact]
    public void A_cross_training_session_folds_into_the_athletes_local_week()
    {
        // Monday 2026-07-20 06:30 in Sydney (UTC+10) is Sunday 2026-07-19 20:30 UTC, in the UTC week of the 13th.
        var log = new AthleteLog();
        log.Add(new CrossTrainingSession("x", new DateTimeOffset(2026, 7, 19, 20, 30, 0, TimeSpan.Zero), "rowing", 30, 250, null, null));

        log.FoldBefore(new DateOnly(2026, 8, 1), LocalCalendar.For("Australia/Sydney"));

        Assert.Equal(Monday, Assert.Single(log.EarlierWeeks).WeekOf);
    }

    [Fact]
    public void A_week_stored_before_cross_training_was_counted_reads_with_none()
    {
        // State written by the previous version: no cross-training fields (and no long runs).
        const string stored = """
            {"weekOf":"2026-07-20","runs":2,"distanceKm":16,"runMinutes":90,"hardRuns":1,"strengthSessions":0,"legSessions":0,
             "nutritionDays":1,"proteinG":120,"carbsG":300,"caloriesKcal":2500,"lastWeightKg":70.4}
            """;

        var week = JsonSerializer.Deserialize<WeeklyTotals>(stored, Web);

        Assert.Equal(new WeeklyTotals(Monday, 2, 16, 90, 1, 0, 0, 1, 120, 300, 2500, 70.4), week);
        Assert.Equal((0, 0.0, 0.0), (week!.CrossTrainingSessions, week.CrossTrainingMinutes, week.CrossTrainingKcal));
    }
}
