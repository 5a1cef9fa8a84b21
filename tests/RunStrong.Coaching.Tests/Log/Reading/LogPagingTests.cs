using RunStrong.Coaching.Log;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Log.Reading;

/// <summary>Reading the log back a page at a time: newest first, each entry once, whatever changes between pages.</summary>
public sealed class LogPagingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly LocalCalendar Sydney = LocalCalendar.For("Australia/Sydney");

    private static Run RunAt(string id, DateTimeOffset startedAt) => new(id, startedAt, 10, 55, RunKind.Easy, null, null);

    private static Run RunOn(string id, DateOnly day, int hour = 7) => RunAt(id, new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    private static LogPageRequest Request(int limit, string? after = null, LogEntryKind kind = LogEntryKind.Runs, LocalDays? days = null) =>
        new(days ?? LocalDays.All, limit, after is null ? null : Position(after, kind));

    private static LogPosition Position(string cursor, LogEntryKind kind) =>
        LogCursor.TryRead(cursor, kind, out var position) ? position : throw new InvalidOperationException($"'{cursor}' is no cursor of {kind}.");

    /// <summary>Every page of runs, following next until it is null.</summary>
    private static List<LogPage<Run>> AllPages(AthleteLog log, int limit, LocalCalendar calendar, LocalDays? days = null)
    {
        var pages = new List<LogPage<Run>> { LogListing.Runs(log, Request(limit, days: days), calendar) };
        while (pages[^1].Next is { } next)
        {
            pages.Add(LogListing.Runs(log, Request(limit, next, days: days), calendar));
        }

        return pages;
    }

    [Fact]
    public void Five_runs_come_newest_first_two_at_a_time_and_the_last_page_has_no_next()
    {
        var log = new AthleteLog();
        foreach (var daysAgo in new[] { 3, 1, 5, 2, 4 })
        {
            log.Add(RunOn($"r-{daysAgo}", Today.AddDays(-daysAgo)));
        }

        var pages = AllPages(log, 2, LocalCalendar.Utc);

        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(["r-1", "r-2", "r-3", "r-4", "r-5"], pages.SelectMany(p => p.Items).Select(r => r.Id));
        Assert.Null(pages[^1].Next);
    }

    [Fact]
    public void A_page_that_ends_on_the_last_entry_says_so_rather_than_promising_an_empty_page()
    {
        var log = new AthleteLog();
        log.Add(RunOn("r-1", Today));
        log.Add(RunOn("r-2", Today.AddDays(-1)));

        var page = LogListing.Runs(log, Request(2), LocalCalendar.Utc);

        Assert.Equal(2, page.Items.Count);
        Assert.Null(page.Next);
    }

    [Fact]
    public void Runs_that_start_at_the_same_instant_are_ordered_by_id_and_a_page_can_end_between_them()
    {
        var startedAt = new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);
        var log = new AthleteLog();
        log.Add(RunAt("b", startedAt));
        log.Add(RunAt("c", startedAt));
        log.Add(RunAt("a", startedAt));

        var pages = AllPages(log, 1, LocalCalendar.Utc);

        Assert.Equal(["c", "b", "a"], pages.SelectMany(p => p.Items).Select(r => r.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Entries_logged_and_deleted_between_pages_leave_every_run_that_stayed_listed_exactly_once(int seed)
    {
        // 40 runs over 40 days, several on some days; between pages, runs are logged anywhere in that span
        // (before, at and after the page boundary) and others deleted.
        var random = new Random(seed);
        var log = new AthleteLog();
        for (var i = 0; i < 40; i++)
        {
            log.Add(RunOn($"old-{i:00}", Today.AddDays(-random.Next(40)), hour: random.Next(24)));
        }

        var deleted = new HashSet<string>(StringComparer.Ordinal);
        var listed = new List<string>();
        var page = LogListing.Runs(log, Request(3), LocalCalendar.Utc);
        listed.AddRange(page.Items.Select(r => r.Id));
        for (var round = 0; page.Next is { } next; round++)
        {
            log.Add(RunOn($"new-{round:00}", Today.AddDays(-random.Next(40)), hour: random.Next(24)));
            var victim = log.Runs[random.Next(log.Runs.Count)].Id;
            log.RemoveRun(victim);
            deleted.Add(victim);

            page = LogListing.Runs(log, Request(3, next), LocalCalendar.Utc);
            listed.AddRange(page.Items.Select(r => r.Id));
        }

        // A run deleted after its page may have been listed; every run there throughout was listed, once.
        var stayed = Enumerable.Range(0, 40).Select(i => $"old-{i:00}").Where(id => !deleted.Contains(id));
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(stayed.Order(StringComparer.Ordinal), listed.Where(id => id.StartsWith("old-", StringComparison.Ordinal) && !deleted.Contains(id)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_and_to_are_the_local_days_of_a_Sydney_athlete()
    {
        // 2026-11-24 19:30 UTC is 06:30 on the 25th in Sydney (AEDT, UTC+11); 2026-11-25 13:30 UTC is 00:30 on the 26th.
        var log = new AthleteLog();
        log.Add(RunAt("sydney-25th-morning", new DateTimeOffset(2026, 11, 24, 19, 30, 0, TimeSpan.Zero)));
        log.Add(RunAt("sydney-26th-after-midnight", new DateTimeOffset(2026, 11, 25, 13, 30, 0, TimeSpan.Zero)));
        log.Add(RunAt("sydney-24th-evening", new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero)));
        var the25th = new LocalDays(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25));

        var inSydney = LogListing.Runs(log, Request(10, days: the25th), Sydney);
        var inUtc = LogListing.Runs(log, Request(10, days: the25th), LocalCalendar.Utc);

        Assert.Equal(["sydney-25th-morning"], inSydney.Items.Select(r => r.Id));
        Assert.Equal(["sydney-26th-after-midnight"], inUtc.Items.Select(r => r.Id));
    }

    [Fact]
    public void Paging_within_from_and_to_lists_only_that_range_and_ends_there()
    {
        var log = new AthleteLog();
        for (var daysAgo = 0; daysAgo < 10; daysAgo++)
        {
            log.Add(RunOn($"r-{daysAgo}", Today.AddDays(-daysAgo)));
        }

        var pages = AllPages(log, 2, LocalCalendar.Utc, new LocalDays(Today.AddDays(-6), Today.AddDays(-2)));

        Assert.Equal(["r-2", "r-3", "r-4", "r-5", "r-6"], pages.SelectMany(p => p.Items).Select(r => r.Id));
    }

    [Fact]
    public void Nutrition_days_page_by_date_and_measurements_by_date_then_id()
    {
        var log = new AthleteLog();
        for (var daysAgo = 0; daysAgo < 3; daysAgo++)
        {
            log.Put(new NutritionDay(Today.AddDays(-daysAgo), 2400, 110, 300, null, []));
        }

        log.Add(new Measurement("m-a", Today.AddDays(-1), 64.2, null, null));
        log.Add(new Measurement("m-b", Today.AddDays(-1), 64.0, null, null));
        log.Add(new Measurement("m-c", Today, 63.9, null, null));

        var firstDays = LogListing.Nutrition(log, Request(2, kind: LogEntryKind.Nutrition));
        var lastDay = LogListing.Nutrition(log, Request(2, firstDays.Next, LogEntryKind.Nutrition));
        var firstWeighIns = LogListing.Measurements(log, Request(2, kind: LogEntryKind.Measurements));
        var lastWeighIn = LogListing.Measurements(log, Request(2, firstWeighIns.Next, LogEntryKind.Measurements));

        Assert.Equal([Today, Today.AddDays(-1), Today.AddDays(-2)], firstDays.Items.Concat(lastDay.Items).Select(n => n.Date));
        Assert.Equal(["m-c", "m-b", "m-a"], firstWeighIns.Items.Concat(lastWeighIn.Items).Select(m => m.Id));
        Assert.Null(lastWeighIn.Next);
    }
}
