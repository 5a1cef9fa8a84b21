using System.Buffers;
using RunStrong.Coaching.Athletes;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Training;

/// <summary>
/// The athlete's training laid out once per evaluation: per-day arrays (index 0 is the as-of day, index i
/// is i days before it) and the window counts the rules read, from a single pass over runs and sessions.
/// Cross-training adds to the load, its own minutes and its own energy, never to the run series or counts.
/// The arrays are pooled; dispose to return them.
/// </summary>
internal sealed class TrainingDays : IDisposable
{
    /// <summary>Days laid out: enough for the 42-day fitness average to forget its zero start (0.3 % weight left).</summary>
    public const int Length = 120;

    private const int Series = 8;
    private readonly double[] buffer;

    private TrainingDays(double[] buffer) => this.buffer = buffer;

    /// <summary>Session-RPE load per day: runs, strength and cross-training.</summary>
    public Span<double> Load => buffer.AsSpan(0, Length);

    public Span<double> RunKm => buffer.AsSpan(Length, Length);

    public Span<double> RunMin => buffer.AsSpan(2 * Length, Length);

    public Span<double> StrengthMin => buffer.AsSpan(3 * Length, Length);

    /// <summary>Hard (tempo or interval) runs per day.</summary>
    public Span<double> HardRuns => buffer.AsSpan(4 * Length, Length);

    /// <summary>Strength sessions loading the legs per day.</summary>
    public Span<double> LegSessions => buffer.AsSpan(5 * Length, Length);

    /// <summary>Cross-training minutes per day.</summary>
    public Span<double> CrossTrainingMin => buffer.AsSpan(6 * Length, Length);

    /// <summary>Cross-training energy per day, kcal, as the activity files gave it.</summary>
    public Span<double> CrossTrainingKcal => buffer.AsSpan(7 * Length, Length);

    /// <summary>Cross-training sessions in the last 7 days.</summary>
    public int CrossTraining7 { get; private set; }

    public int Runs7 { get; private set; }

    public int Runs14 { get; private set; }

    public int Runs28 { get; private set; }

    public int Hard7 { get; private set; }

    public int Hard14 { get; private set; }

    public int Hard28 { get; private set; }

    public int Intervals7 { get; private set; }

    public int LegSessions7 { get; private set; }

    /// <summary>Strength sessions of any kind in the laid-out days: none means strength cannot be judged.</summary>
    public int StrengthSessionsLogged { get; private set; }

    /// <summary>The longest run of the last 7 days, if any.</summary>
    public Run? LongestRun7 { get; private set; }

    /// <summary>The most demanding run on the as-of day or the day before that calls for recovery fuel.</summary>
    public Run? RecoveryRun { get; private set; }

    public double EasyKm28 { get; private set; }

    public double EasyMin28 { get; private set; }

    /// <summary>Index of the oldest day with a run in the last 28 days (-1: none).</summary>
    public int OldestRun28 { get; private set; } = -1;

    /// <summary>The weeks of the last 4 that the athlete has been running (from the oldest run in them): the divisor of weekly means.</summary>
    public int WeeksRunning28 => OldestRun28 < 0 ? 0 : (OldestRun28 / WeekDays) + 1;

    /// <summary>Index of the oldest day with any training in the laid-out days (-1: none).</summary>
    public int OldestActivity { get; private set; } = -1;

    /// <summary>The first run the athlete ever logged up to the as-of day.</summary>
    public DateOnly? FirstRunDay { get; private set; }

    /// <summary>The shortest gap from the end of a hard run to a later leg session starting in the last 7 days, hours.</summary>
    public double? HardRunToLegSessionHours { get; private set; }

    public MuscleGroupSets Sets7 { get; private set; } = new(0, 0, 0, 0, 0, 0);

    public static TrainingDays Collect(AthleteData athlete, DateOnly asOf)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Series * Length);
        Array.Clear(buffer, 0, Series * Length);
        var days = new TrainingDays(buffer);
        var calendar = athlete.Profile.Calendar;
        days.AddRuns(athlete.Runs, calendar, asOf);
        days.AddStrength(athlete.StrengthSessions, athlete.Runs, calendar, asOf);
        days.AddCrossTraining(athlete.CrossTraining, calendar, asOf, asOf.Year - athlete.Profile.BirthYear);
        return days;
    }

    public void Dispose() => ArrayPool<double>.Shared.Return(buffer);

    /// <summary>Sum of <paramref name="series"/> over days [from, to] (indices, inclusive).</summary>
    public static double Sum(ReadOnlySpan<double> series, int from, int to)
    {
        double sum = 0;
        for (var i = Math.Max(0, from); i <= Math.Min(to, series.Length - 1); i++)
        {
            sum += series[i];
        }

        return sum;
    }

    private void AddRuns(IReadOnlyList<Run> runs, LocalCalendar calendar, DateOnly asOf)
    {
        var load = Load;
        var km = RunKm;
        var minutes = RunMin;
        var hard = HardRuns;
        foreach (var run in runs)
        {
            var day = calendar.DayOf(run.StartedAt);
            var index = asOf.DayNumber - day.DayNumber;
            if (index < 0)
            {
                continue;
            }

            FirstRunDay = FirstRunDay is { } first && first <= day ? first : day;
            if (index >= Length)
            {
                continue;
            }

            var isHard = run.Kind.IsHard();
            load[index] += SessionRpe.Load(run);
            km[index] += run.DistanceKm;
            minutes[index] += run.DurationMin;
            hard[index] += isHard ? 1 : 0;
            OldestActivity = Math.Max(OldestActivity, index);
            if (index < IntensityWindowDays)
            {
                CountRun(run, index, isHard);
            }
        }
    }

    private void CountRun(Run run, int index, bool isHard)
    {
        Runs28++;
        Hard28 += isHard ? 1 : 0;
        OldestRun28 = Math.Max(OldestRun28, index);
        if (run.Kind is RunKind.Easy or RunKind.Long)
        {
            EasyKm28 += run.DistanceKm;
            EasyMin28 += run.DurationMin;
        }

        if (index < HiitSuggestAfterDays)
        {
            Runs14++;
            Hard14 += isHard ? 1 : 0;
        }

        if (index >= WeekDays)
        {
            return;
        }

        Runs7++;
        Hard7 += isHard ? 1 : 0;
        Intervals7 += run.Kind == RunKind.Interval ? 1 : 0;
        if (LongestRun7 is null || run.DurationMin > LongestRun7.DurationMin)
        {
            LongestRun7 = run;
        }

        // "In the last 24 h", read at day resolution: the as-of day and the day before (docs/COACHING.md).
        if (index <= 1 && (run.DurationMin >= RecoveryRunMin || run.Kind == RunKind.Interval)
            && (RecoveryRun is null || SessionRpe.Load(run) > SessionRpe.Load(RecoveryRun)))
        {
            RecoveryRun = run;
        }
    }

    private void AddStrength(IReadOnlyList<StrengthSession> sessions, IReadOnlyList<Run> runs, LocalCalendar calendar, DateOnly asOf)
    {
        Span<int> sets = stackalloc int[6];
        var load = Load;
        var minutes = StrengthMin;
        var legs = LegSessions;
        foreach (var session in sessions)
        {
            var index = asOf.DayNumber - calendar.DayOf(session.StartedAt).DayNumber;
            if (index < 0 || index >= Length)
            {
                continue;
            }

            StrengthSessionsLogged++;
            var loadsLegs = session.LoadsLegs;
            load[index] += SessionRpe.Load(session);
            minutes[index] += session.DurationMin;
            legs[index] += loadsLegs ? 1 : 0;
            OldestActivity = Math.Max(OldestActivity, index);
            if (index >= WeekDays)
            {
                continue;
            }

            foreach (var exercise in session.Exercises)
            {
                foreach (var group in exercise.MuscleGroups)
                {
                    sets[(int)group] += exercise.Sets;
                }
            }

            if (loadsLegs)
            {
                LegSessions7++;
                TrackGapAfterHardRun(session, runs);
            }
        }

        Sets7 = MuscleGroupSets.Of(sets);
    }

    private void AddCrossTraining(IReadOnlyList<CrossTrainingSession> sessions, LocalCalendar calendar, DateOnly asOf, int age)
    {
        var load = Load;
        var minutes = CrossTrainingMin;
        var kcal = CrossTrainingKcal;
        foreach (var session in sessions)
        {
            var index = asOf.DayNumber - calendar.DayOf(session.StartedAt).DayNumber;
            if (index < 0 || index >= Length)
            {
                continue;
            }

            load[index] += CrossTrainingRpe.Load(session, age);
            minutes[index] += session.DurationMin;
            kcal[index] += session.EnergyKcal;
            OldestActivity = Math.Max(OldestActivity, index);
            CrossTraining7 += index < WeekDays ? 1 : 0;
        }
    }

    private void TrackGapAfterHardRun(StrengthSession session, IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            if (!run.Kind.IsHard())
            {
                continue;
            }

            var hours = (session.StartedAt - run.StartedAt).TotalHours - (run.DurationMin / 60);
            if (hours >= 0 && hours < IdealHoursHardRunToStrength && (HardRunToLegSessionHours is not { } best || hours < best))
            {
                HardRunToLegSessionHours = hours;
            }
        }
    }
}
