using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Log;

/// <summary>
/// Everything an athlete logged: entries in detail for the <see cref="DetailWindow"/>, weekly totals before
/// it. Logging is idempotent by entry id; an entry still in detail can be replaced or removed by its id (a
/// day's nutrition by its date), and a folded run or cross-training session taken back out of its week given the
/// entry. Mutable and plain, so a grain can hold and persist it as is.
/// </summary>
public sealed class AthleteLog
{
    public List<Run> Runs { get; set; } = [];

    public List<StrengthSession> StrengthSessions { get; set; } = [];

    public List<NutritionDay> Nutrition { get; set; } = [];

    public List<Measurement> Measurements { get; set; } = [];

    /// <summary>Sessions other than runs, from activity files.</summary>
    public List<CrossTrainingSession> CrossTraining { get; set; } = [];

    /// <summary>Weeks whose detail has aged out, oldest first.</summary>
    public List<WeeklyTotals> EarlierWeeks { get; set; } = [];

    public bool IsEmpty => Runs.Count == 0 && StrengthSessions.Count == 0 && Nutrition.Count == 0 && Measurements.Count == 0 && CrossTraining.Count == 0 && EarlierWeeks.Count == 0;

    public LogOutcome Add(Run run) => AddOnce(Runs, run, run.Id, static r => r.Id);

    public LogOutcome Add(StrengthSession session) => AddOnce(StrengthSessions, session, session.Id, static s => s.Id);

    public LogOutcome Add(Measurement measurement) => AddOnce(Measurements, measurement, measurement.Id, static m => m.Id);

    public LogOutcome Add(CrossTrainingSession session) => AddOnce(CrossTraining, session, session.Id, static s => s.Id);

    /// <summary>Stores the day's log, replacing any earlier log for that date. False when nothing changed.</summary>
    public bool Put(NutritionDay day) => ReplaceWhere(Nutrition, day, n => n.Date == day.Date) != ReplaceOutcome.Unchanged;

    /// <summary>Stores the run under its id, replacing whatever that id held: the edit of a logged run.</summary>
    public ReplaceOutcome Replace(Run run) => ReplaceWhere(Runs, run, r => r.Id == run.Id);

    /// <summary>Stores the session under its id, replacing whatever that id held.</summary>
    public ReplaceOutcome Replace(StrengthSession session) => ReplaceWhere(StrengthSessions, session, s => s.Id == session.Id);

    /// <summary>Removes the run with this id. False when there is none (never logged, removed, or folded into a week).</summary>
    public bool RemoveRun(string id) => Runs.RemoveAll(r => r.Id == id) > 0;

    /// <summary>Removes the strength session with this id. False when there is none.</summary>
    public bool RemoveStrengthSession(string id) => StrengthSessions.RemoveAll(s => s.Id == id) > 0;

    /// <summary>Removes the cross-training session with this id. False when there is none.</summary>
    public bool RemoveCrossTraining(string id) => CrossTraining.RemoveAll(s => s.Id == id) > 0;

    /// <summary>Removes the measurement with this id. False when there is none.</summary>
    public bool RemoveMeasurement(string id) => Measurements.RemoveAll(m => m.Id == id) > 0;

    /// <summary>Removes the day's nutrition log. False when the date has none.</summary>
    public bool RemoveNutrition(DateOnly date) => Nutrition.RemoveAll(n => n.Date == date) > 0;

    /// <summary>
    /// Moves entries dated before <paramref name="firstDetailedDay"/> into weekly totals. True when anything moved.
    /// Days and weeks are the athlete's local ones (<paramref name="calendar"/>), as everywhere else.
    /// </summary>
    public bool FoldBefore(DateOnly firstDetailedDay, LocalCalendar calendar)
    {
        // Runs on every write: most writes age nothing out, so check before building anything.
        if (!Runs.Exists(r => calendar.DayOf(r.StartedAt) < firstDetailedDay) && !StrengthSessions.Exists(s => calendar.DayOf(s.StartedAt) < firstDetailedDay)
            && !CrossTraining.Exists(s => calendar.DayOf(s.StartedAt) < firstDetailedDay)
            && !Nutrition.Exists(n => n.Date < firstDetailedDay) && !Measurements.Exists(m => m.Date < firstDetailedDay))
        {
            return false;
        }

        var weeks = EarlierWeeks.ToDictionary(w => w.WeekOf);
        WeeklyFold.AddEntriesBefore(this, firstDetailedDay, calendar, weeks);
        Runs.RemoveAll(r => calendar.DayOf(r.StartedAt) < firstDetailedDay);
        StrengthSessions.RemoveAll(s => calendar.DayOf(s.StartedAt) < firstDetailedDay);
        CrossTraining.RemoveAll(s => calendar.DayOf(s.StartedAt) < firstDetailedDay);
        Nutrition.RemoveAll(n => n.Date < firstDetailedDay);
        Measurements.RemoveAll(m => m.Date < firstDetailedDay);
        EarlierWeeks = [.. weeks.Values.OrderBy(w => w.WeekOf)];
        return true;
    }

    /// <summary>
    /// Takes a run that was already folded back out of its week's totals: the deletion of an entry whose detail has aged
    /// out, for a caller that kept the entry's figures (an activity file's). The week loses one run and the run's km,
    /// minutes and kind, never going below 0; a week left with nothing in it is removed. False when the run is still in
    /// detail (remove it by id instead) or its local week has no folded run to take back.
    /// </summary>
    public bool RemoveFolded(Run run, LocalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(run);
        return !Runs.Exists(r => r.Id == run.Id) && TakeFromWeek(calendar.DayOf(run.StartedAt), w => w.Runs > 0, w => w.Without(run));
    }

    /// <summary>
    /// Takes a cross-training session that was already folded back out of its week's totals, as
    /// <see cref="RemoveFolded(Run, LocalCalendar)"/> does a run.
    /// </summary>
    public bool RemoveFolded(CrossTrainingSession session, LocalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(session);
        return !CrossTraining.Exists(s => s.Id == session.Id)
            && TakeFromWeek(calendar.DayOf(session.StartedAt), w => w.CrossTrainingSessions > 0, w => w.Without(session));
    }

    /// <summary>
    /// Every week with anything logged, oldest first: the folded ones, and those still in detail added up as
    /// folding will add them, so a week reads the same before and after its entries age out.
    /// </summary>
    public IReadOnlyList<WeeklyTotals> Weeks(LocalCalendar calendar)
    {
        var weeks = EarlierWeeks.ToDictionary(w => w.WeekOf);
        WeeklyFold.AddEntriesBefore(this, DateOnly.MaxValue, calendar, weeks);
        return [.. weeks.Values.OrderBy(w => w.WeekOf)];
    }

    /// <summary>The detailed entries as the coaching engine reads them.</summary>
    public AthleteData ToAthleteData(AthleteProfile profile) => new(profile, Runs, StrengthSessions, Nutrition, Measurements, CrossTraining);

    private bool TakeFromWeek(DateOnly day, Predicate<WeeklyTotals> holdsIt, Func<WeeklyTotals, WeeklyTotals> without)
    {
        var weekOf = WeeklyTotals.WeekStarting(day);
        var index = EarlierWeeks.FindIndex(w => w.WeekOf == weekOf);
        if (index < 0 || !holdsIt(EarlierWeeks[index]))
        {
            return false;
        }

        var left = without(EarlierWeeks[index]);
        if (left.IsEmpty)
        {
            EarlierWeeks.RemoveAt(index);
        }
        else
        {
            EarlierWeeks[index] = left;
        }

        return true;
    }

    private static LogOutcome AddOnce<T>(List<T> entries, T entry, string id, Func<T, string> idOf)
    {
        var existing = entries.Find(e => idOf(e) == id);
        if (existing is null)
        {
            entries.Add(entry);
            return LogOutcome.Logged;
        }

        return SameContent.Of(existing, entry) ? LogOutcome.AlreadyLogged : LogOutcome.IdConflict;
    }

    /// <summary>Stores <paramref name="entry"/> in place of the entry it <paramref name="replaces"/>, or adds it.</summary>
    private static ReplaceOutcome ReplaceWhere<T>(List<T> entries, T entry, Predicate<T> replaces)
    {
        var index = entries.FindIndex(replaces);
        if (index < 0)
        {
            entries.Add(entry);
            return ReplaceOutcome.Created;
        }

        if (SameContent.Of(entries[index], entry))
        {
            return ReplaceOutcome.Unchanged;
        }

        entries[index] = entry;
        return ReplaceOutcome.Replaced;
    }
}
