using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Log;

/// <summary>
/// How detailed entries add up into <see cref="WeeklyTotals"/>: in day order, each onto its local week. The one
/// path both for folding entries that age out and for reading weeks still in detail, so a week reads the same
/// before and after it is folded (a sum of doubles depends on the order it is added in).
/// </summary>
internal static class WeeklyFold
{
    /// <summary>Adds the log's detailed entries dated before <paramref name="before"/> onto <paramref name="weeks"/>.</summary>
    public static void AddEntriesBefore(AthleteLog log, DateOnly before, LocalCalendar calendar, Dictionary<DateOnly, WeeklyTotals> weeks)
    {
        Add(log.Runs, r => calendar.DayOf(r.StartedAt), before, weeks, static (w, r) => w.With(r));
        Add(log.StrengthSessions, s => calendar.DayOf(s.StartedAt), before, weeks, static (w, s) => w.With(s));
        Add(log.CrossTraining, s => calendar.DayOf(s.StartedAt), before, weeks, static (w, s) => w.With(s));
        Add(log.Nutrition, n => n.Date, before, weeks, static (w, n) => w.With(n));
        Add(log.Measurements, m => m.Date, before, weeks, static (w, m) => w.With(m));
    }

    private static void Add<T>(
        List<T> entries, Func<T, DateOnly> dayOf, DateOnly before, Dictionary<DateOnly, WeeklyTotals> weeks, Func<WeeklyTotals, T, WeeklyTotals> add)
    {
        // OrderBy is stable: entries of one day add in the order they were logged, in every fold and every read.
        foreach (var entry in entries.Where(e => dayOf(e) < before).OrderBy(dayOf))
        {
            var weekOf = WeeklyTotals.WeekStarting(dayOf(entry));
            weeks[weekOf] = add(weeks.GetValueOrDefault(weekOf) ?? WeeklyTotals.Empty(weekOf), entry);
        }
    }
}
