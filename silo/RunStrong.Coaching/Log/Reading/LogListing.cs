using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Log.Reading;

/// <summary>
/// Reads the log back: detailed entries a page at a time, newest first, and weekly totals. Entries are filtered
/// by the athlete's local day and paged by <see cref="LogPosition"/>, so a page starts right after the last entry
/// of the one before, whatever was logged or deleted in between.
/// </summary>
public static class LogListing
{
    public static LogPage<Run> Runs(AthleteLog log, LogPageRequest request, LocalCalendar calendar) =>
        Page(log.Runs, LogEntryKind.Runs, static r => new LogPosition(r.StartedAt.UtcTicks, r.Id), r => calendar.DayOf(r.StartedAt), request);

    public static LogPage<StrengthSession> StrengthSessions(AthleteLog log, LogPageRequest request, LocalCalendar calendar) =>
        Page(log.StrengthSessions, LogEntryKind.StrengthSessions, static s => new LogPosition(s.StartedAt.UtcTicks, s.Id), s => calendar.DayOf(s.StartedAt), request);

    /// <summary>A date has one nutrition log, so the date alone is its position.</summary>
    public static LogPage<NutritionDay> Nutrition(AthleteLog log, LogPageRequest request) =>
        Page(log.Nutrition, LogEntryKind.Nutrition, static n => new LogPosition(n.Date.DayNumber, ""), static n => n.Date, request);

    public static LogPage<Measurement> Measurements(AthleteLog log, LogPageRequest request) =>
        Page(log.Measurements, LogEntryKind.Measurements, static m => new LogPosition(m.Date.DayNumber, m.Id), static m => m.Date, request);

    /// <summary>
    /// The weeks (folded or still in detail) with a day in <paramref name="days"/>, newest first. A plain list, which
    /// a grain call copies as is (a collection expression could make a compiler-made type no serializer knows).
    /// </summary>
    public static IReadOnlyList<WeeklyTotals> Weeks(AthleteLog log, LocalDays days, LocalCalendar calendar) =>
        log.Weeks(calendar).Where(w => days.Overlaps(w.WeekOf)).Reverse().ToList();

    private static LogPage<T> Page<T>(
        IEnumerable<T> entries, LogEntryKind kind, Func<T, LogPosition> positionOf, Func<T, DateOnly> dayOf, LogPageRequest request)
    {
        // One more than the page shows: whether it exists says if there is a next page.
        var listed = entries
            .Where(e => request.Days.Contains(dayOf(e)))
            .Select(e => (Entry: e, Position: positionOf(e)))
            .Where(e => request.After is not { } after || LogPosition.NewestFirst.Compare(e.Position, after) > 0)
            .OrderBy(e => e.Position, LogPosition.NewestFirst)
            .Take(request.Limit + 1)
            .ToList();
        var page = listed.Take(request.Limit).ToList();
        var next = listed.Count > request.Limit ? LogCursor.Of(kind, page[^1].Position) : null;
        return new LogPage<T>(page.ConvertAll(e => e.Entry), next);
    }
}
