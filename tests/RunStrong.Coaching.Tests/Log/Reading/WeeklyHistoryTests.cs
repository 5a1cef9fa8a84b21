using RunStrong.Coaching.Log;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Log.Reading;

/// <summary>Weekly totals read back: folded weeks and weeks still in detail look the same.</summary>
public sealed class WeeklyHistoryTests
{
    private static readonly LocalCalendar Sydney = LocalCalendar.For("Australia/Sydney");

    private static readonly TimeZoneInfo SydneyZone = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    /// <summary>Sydney's 06:<paramref name="minute"/> on <paramref name="day"/>: the previous date in UTC.</summary>
    private static DateTimeOffset SydneyMorning(DateOnly day, int minute = 30)
    {
        var local = day.ToDateTime(new TimeOnly(6, minute));
        return new DateTimeOffset(local, SydneyZone.GetUtcOffset(local));
    }

    /// <summary>
    /// 30 weeks of a Sydney athlete, with fractional kilometres and grams so that the order of adding shows,
    /// two runs on some days, a session every third day, a food log most days and weekly weigh-ins.
    /// </summary>
    private static AthleteLog ThirtyWeeks(DateOnly first)
    {
        var log = new AthleteLog();
        for (var i = 0; i < 30 * 7; i++)
        {
            var day = first.AddDays(i);
            log.Add(new Run($"r-{i}", SydneyMorning(day), 5.1 + (i % 7 * 1.37), 31.3 + (i % 5), i % 4 == 0 ? RunKind.Tempo : RunKind.Easy, null, null));
            if (i % 3 == 0)
            {
                log.Add(new Run($"r-{i}-b", SydneyMorning(day, 50), 3.3, 19.7, RunKind.Easy, null, null));
                log.Add(new StrengthSession($"s-{i}", SydneyMorning(day, 40), 40, 7, [Exercises.Of("back squat", 4, MuscleGroup.Quads)]));
            }

            if (i % 5 != 0)
            {
                log.Put(new NutritionDay(day, 2100.5 + i, 101.3 + (i % 9), 280.7, null, []));
            }

            if (i % 7 == 2)
            {
                log.Add(new Measurement($"m-{i}", day, 64.1 - (i * 0.01), null, null));
            }
        }

        return log;
    }

    [Fact]
    public void Every_week_reads_the_same_before_and_after_its_days_are_folded_one_at_a_time()
    {
        var first = new DateOnly(2026, 3, 2); // a Monday; the weeks cross the April daylight-saving change
        var log = ThirtyWeeks(first);
        var unfolded = LogListing.Weeks(log, LocalDays.All, Sydney);

        // Fold day by day, as a grain writing daily would, so weeks are folded partly at first.
        for (var cut = first.AddDays(1); cut <= first.AddDays(30 * 7); cut = cut.AddDays(1))
        {
            log.FoldBefore(cut, Sydney);
            Assert.Equal(unfolded, LogListing.Weeks(log, LocalDays.All, Sydney));
        }

        Assert.Empty(log.Runs);
        Assert.Equal(30, log.EarlierWeeks.Count);
    }

    [Fact]
    public void Weeks_folded_in_one_go_read_the_same_as_before()
    {
        var first = new DateOnly(2026, 3, 2);
        var log = ThirtyWeeks(first);
        var unfolded = LogListing.Weeks(log, LocalDays.All, Sydney);

        log.FoldBefore(first.AddDays(100), Sydney);

        Assert.Equal(unfolded, LogListing.Weeks(log, LocalDays.All, Sydney));
    }

    [Fact]
    public void Weeks_come_newest_first_folded_and_detailed_together_and_from_to_keep_the_weeks_they_touch()
    {
        var log = new AthleteLog();
        log.Add(Runs.Easy(new DateOnly(2026, 7, 20), km: 10, minutes: 60));
        log.Add(Runs.Easy(new DateOnly(2026, 8, 5), km: 6, minutes: 36));
        log.Add(Runs.Easy(new DateOnly(2026, 8, 12), km: 8, minutes: 48));
        log.FoldBefore(new DateOnly(2026, 8, 1), LocalCalendar.Utc);

        var all = LogListing.Weeks(log, LocalDays.All, LocalCalendar.Utc);
        var touched = LogListing.Weeks(log, new LocalDays(new DateOnly(2026, 7, 26), new DateOnly(2026, 8, 3)), LocalCalendar.Utc);

        Assert.Equal([new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 3), new DateOnly(2026, 7, 20)], all.Select(w => w.WeekOf));
        Assert.Equal([(new DateOnly(2026, 8, 3), 6.0), (new DateOnly(2026, 7, 20), 10.0)], touched.Select(w => (w.WeekOf, w.DistanceKm)));
    }

    [Fact]
    public void A_week_still_in_detail_adds_up_like_a_folded_one()
    {
        var log = new AthleteLog();
        log.Add(Runs.Easy(new DateOnly(2026, 7, 20), km: 10, minutes: 60));
        log.Add(Runs.Tempo(new DateOnly(2026, 7, 21), km: 6, minutes: 30));
        log.Put(new NutritionDay(new DateOnly(2026, 7, 21), 2500, 120, 300, null, []));
        log.Add(new Measurement("m-1", new DateOnly(2026, 7, 21), 70.4, null, null));

        var week = Assert.Single(LogListing.Weeks(log, LocalDays.All, LocalCalendar.Utc));

        Assert.Equal(new WeeklyTotals(new DateOnly(2026, 7, 20), 2, 16, 90, 1, 0, 0, 1, 120, 300, 2500, 70.4), week);
    }
}
