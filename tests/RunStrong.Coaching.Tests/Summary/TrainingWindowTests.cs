using RunStrong.Coaching.Log;
using RunStrong.Coaching.Summary;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Summary;

public sealed class TrainingWindowTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    [Fact]
    public void No_runs_give_an_empty_window_of_the_requested_length()
    {
        Assert.Equal(new TrainingWindow(7, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null), TrainingWindow.Of(new AthleteLog(), null, AsOf, 7, LocalCalendar.Utc));
    }

    [Fact]
    public void Seven_day_window_includes_the_as_of_day_and_the_six_days_before()
    {
        Run[] runs = [Runs.Easy(AsOf), Runs.Easy(AsOf.AddDays(-6))];

        Assert.Equal(2, TrainingWindow.Of(LogOf(runs), null, AsOf, 7, LocalCalendar.Utc).Runs);
    }

    [Fact]
    public void Run_seven_days_before_as_of_falls_outside_the_seven_day_window()
    {
        Assert.Equal(0, TrainingWindow.Of(LogOf(Runs.Easy(AsOf.AddDays(-7))), null, AsOf, 7, LocalCalendar.Utc).Runs);
    }

    [Fact]
    public void Twenty_eight_day_window_includes_day_minus_27_and_excludes_day_minus_28()
    {
        Run[] runs = [Runs.Easy(AsOf.AddDays(-27)), Runs.Easy(AsOf.AddDays(-28))];

        Assert.Equal(1, TrainingWindow.Of(LogOf(runs), null, AsOf, 28, LocalCalendar.Utc).Runs);
    }

    [Fact]
    public void Runs_after_as_of_are_not_counted_so_past_dates_are_reproducible()
    {
        Run[] runs = [Runs.Easy(AsOf.AddDays(1)), Runs.Easy(AsOf)];

        Assert.Equal(1, TrainingWindow.Of(LogOf(runs), null, AsOf, 7, LocalCalendar.Utc).Runs);
    }

    [Fact]
    public void For_an_athlete_in_UTC_a_run_late_on_as_of_at_minus_5_belongs_to_the_next_day()
    {
        // 2026-11-25 22:00 at -05:00 is 2026-11-26 03:00 UTC: after the as-of day of an athlete who lives in UTC.
        var run = new Run("r", new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.FromHours(-5)), 5, 30, RunKind.Easy, null, null);

        Assert.Equal(0, TrainingWindow.Of(LogOf(run), null, AsOf, 7, LocalCalendar.Utc).Runs);
    }

    [Fact]
    public void Hard_sessions_count_tempo_and_interval_runs_but_not_easy_or_long()
    {
        Run[] runs = [Runs.Tempo(AsOf), Runs.Interval(AsOf.AddDays(-1)), Runs.Easy(AsOf.AddDays(-2)), Runs.Long(AsOf.AddDays(-3))];

        var window = TrainingWindow.Of(LogOf(runs), null, AsOf, 7, LocalCalendar.Utc);

        Assert.Equal(4, window.Runs);
        Assert.Equal(2, window.HardSessions);
        Assert.Equal(1, window.LongRuns);
    }

    [Fact]
    public void Distance_and_duration_are_summed_and_rounded_to_2_and_1_decimals()
    {
        // 5.111 + 3.333 = 8.444 km -> 8.44; 30.04 + 20.03 = 50.07 min -> 50.1
        Run[] runs = [Runs.Easy(AsOf, 5.111, 30.04), Runs.Easy(AsOf, 3.333, 20.03)];

        var window = TrainingWindow.Of(LogOf(runs), null, AsOf, 7, LocalCalendar.Utc);

        Assert.Equal(8.44, window.DistanceKm);
        Assert.Equal(50.1, window.DurationMin);
    }

    [Fact]
    public void Window_reports_its_own_length()
    {
        Assert.Equal(14, TrainingWindow.Of(LogOf(), null, AsOf, 14, LocalCalendar.Utc).Days);
    }

    [Fact]
    public void A_Sydney_0630_run_on_the_first_day_of_the_window_counts_though_its_UTC_date_is_the_day_before()
    {
        // 2026-11-19 06:30 in Sydney (AEDT, UTC+11) is 2026-11-18 19:30 UTC: in UTC it would be day -7, outside.
        var run = new Run("r", new DateTimeOffset(2026, 11, 18, 19, 30, 0, TimeSpan.Zero), 10, 55, RunKind.Easy, null, null);

        Assert.Equal(1, TrainingWindow.Of(LogOf(run), null, AsOf, 7, LocalCalendar.For("Australia/Sydney")).Runs);
        Assert.Equal(0, TrainingWindow.Of(LogOf(run), null, AsOf, 7, LocalCalendar.Utc).Runs);
    }

    [Fact]
    public void A_Los_Angeles_run_just_before_local_midnight_on_as_of_counts_on_as_of()
    {
        // 2026-11-25 23:50 in Los Angeles (UTC-8) is 2026-11-26 07:50 UTC, the day after as-of in UTC.
        var run = new Run("r", new DateTimeOffset(2026, 11, 25, 23, 50, 0, TimeSpan.FromHours(-8)), 5, 30, RunKind.Easy, null, null);

        Assert.Equal(1, TrainingWindow.Of(LogOf(run), null, AsOf, 7, LocalCalendar.For("America/Los_Angeles")).Runs);
    }

    [Fact]
    public void A_run_counts_with_the_nutrition_of_its_local_day()
    {
        // The 20 km run starts 06:30 on 2026-11-25 in Sydney (19:30 UTC the day before): its energy comes off
        // the 25th's intake, leaving the 24th's energy availability untouched.
        var body = AthleteBuilder.Man;
        var log = LogOf(new Run("r", new DateTimeOffset(2026, 11, 24, 19, 30, 0, TimeSpan.Zero), 20, 110, RunKind.Long, null, null));
        log.Nutrition = [new NutritionDay(AsOf, 3000, 120, 400, null, [])];
        var baseline = RunStrong.Coaching.Engine.CoachingEngine.BodyOf(new AthleteData(body, [], [], [], []), AsOf);

        var sydney = TrainingWindow.Of(log, baseline, AsOf, 1, LocalCalendar.For("Australia/Sydney"));
        var utc = TrainingWindow.Of(log, baseline, AsOf, 1, LocalCalendar.Utc);

        Assert.True(sydney.EnergyAvailability < utc.EnergyAvailability, $"{sydney.EnergyAvailability} vs {utc.EnergyAvailability}");
    }

    private static AthleteLog LogOf(params Run[] runs) => new() { Runs = [.. runs] };
}
