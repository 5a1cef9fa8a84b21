using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine.Nutrition;
using RunStrong.Coaching.Engine.Training;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// Builds 7 days from <c>startsOn</c> that obey the rules, from what is logged up to the as-of day: at most one
/// hard run (none if the week already had one, so hard runs stay within 25 % of runs, and never a third in any 7
/// days, history included), the long run on the Sunday, leg sessions at least 24 h after a hard run (or lifted
/// first on its day), at least 48 h from each other and from a logged leg session, and not on or the day before
/// the long run; easy runs on the remaining days, the week's volume less what it already ran, and each day's fuel.
/// In the current week the lived days show what was done, cross-training included (in the day's hours and energy, never
/// in its run km or the week's volume).
/// </summary>
internal static class WeekPlanner
{
    private const int Days = 7;

    public static WeekPlan Plan(CoachingContext context, DateOnly startsOn)
    {
        var history = context.Days;
        var week = new PlanHistory(history, context.AsOf.DayNumber - startsOn.DayNumber);
        var (weekKm, remainingKm) = WeekKm(context, week, startsOn);
        var pace = history.EasyKm28 > 0 ? Math.Clamp(history.EasyMin28 / history.EasyKm28, 3, 12) : DefaultEasyPaceMinPerKm;

        var sunday = (7 + (int)DayOfWeek.Sunday - (int)startsOn.DayOfWeek) % 7;
        var longDay = CanRun(week, sunday) ? sunday : -1;
        var hardKind = week.LoggedHardRuns > 0 ? null : HardKind(context);
        var hardDay = hardKind is null ? -1 : PlaceHardRun(week, longDay);

        // A normal week's runs and sizes, then those that still fit the days and km this week has left.
        var weeks = history.WeeksRunning28;
        var runsPerWeek = weeks > 0 ? (double)history.Runs28 / weeks : MinRunDays;
        var runDays = Math.Clamp((int)Math.Round(runsPerWeek), hardDay < 0 ? MinRunDays : MinRunDaysWithHardRun, MaxRunDays);
        var normal = Volume.Split(weekKm, pace, true, hardDay >= 0 ? hardKind : null, runDays);
        var easyWanted = Math.Min(runDays - week.LoggedRunDays - (longDay >= 0 ? 1 : 0) - (hardDay >= 0 ? 1 : 0), FreeRunDays(week, longDay, hardDay));
        var volume = normal.Fit(remainingKm, longDay >= 0, hardDay >= 0, Math.Max(0, easyWanted));
        if (volume.Hard is null)
        {
            hardDay = -1;
        }

        if (!volume.Long)
        {
            longDay = -1;
        }

        Span<int> strengthDays = stackalloc int[2];
        var legDose = Math.Max(0, context.LegDose - week.LoggedLegSessions);
        var strengthCount = legDose == 0 ? 0 : PlaceStrength(legDose, week, longDay, hardDay, strengthDays);
        Span<bool> easy = stackalloc bool[Days];
        PlaceEasyRuns(volume.EasyRuns, week, longDay, hardDay, strengthDays[..strengthCount], easy);
        var maintenance = context.Profile.Phase is TrainingPhase.Peak or TrainingPhase.Taper;

        var days = new PlanDay[Days];
        var logged = week.Offset >= 0 ? Logged(context, startsOn, week.Offset) : null;
        for (var d = 0; d < Days; d++)
        {
            var sessions = logged?[d] ?? new List<PlannedSession>(3);
            var strengthToday = strengthDays[..strengthCount].Contains(d);
            if (strengthToday && d == hardDay)
            {
                sessions.Add(new PlannedSession(PlannedSessionKind.LegStrength, LegSessionMin, null, SessionGuidance.LegsBeforeRun));
            }

            if (d == longDay)
            {
                sessions.Add(Run(PlannedSessionKind.LongRun, volume.LongKm, pace));
            }
            else if (d == hardDay)
            {
                sessions.Add(volume.Hard!);
            }
            else if (easy[d])
            {
                sessions.Add(Run(PlannedSessionKind.EasyRun, volume.EasyKm, pace));
            }

            if (strengthToday && d != hardDay)
            {
                sessions.Add(maintenance
                    ? new PlannedSession(PlannedSessionKind.LegStrength, MaintenanceLegSessionMin, null, SessionGuidance.LegsMaintenance)
                    : new PlannedSession(PlannedSessionKind.LegStrength, LegSessionMin, null, SessionGuidance.Legs));
            }

            days[d] = new PlanDay(startsOn.AddDays(d), sessions, Fuel(context, sessions, week.CrossTrainingKcalOn(d)));
        }

        return new WeekPlan(startsOn, days, ReportNotes.For(context.Body));
    }

    /// <summary>
    /// A normal week's km (the last 4 weeks' mean, 60 % in a taper, 15 km with no history) and what is left of it after
    /// the km this week already ran; in a novice's first week (BMI > 30, under 3 months' running), week one's 3 km and
    /// what is left of them, counting every km run in it.
    /// </summary>
    private static (double WeekKm, double RemainingKm) WeekKm(CoachingContext context, PlanHistory week, DateOnly startsOn)
    {
        var history = context.Days;
        if (context.Profile.RunningExperienceMonths < NoviceExperienceMonths && context.Body.Bmi > NoviceBmi)
        {
            if (history.FirstRunDay is not { } first)
            {
                return (NoviceFirstWeekKm, NoviceFirstWeekKm);
            }

            var lastOfWeekOne = first.AddDays(WeekDays - 1);
            if (lastOfWeekOne >= startsOn)
            {
                var asOf = context.AsOf.DayNumber;
                var ran = TrainingDays.Sum(history.RunKm, asOf - Math.Min(lastOfWeekOne.DayNumber, asOf), asOf - first.DayNumber);
                return (NoviceFirstWeekKm, Math.Max(0, NoviceFirstWeekKm - ran));
            }
        }

        var weeks = history.WeeksRunning28;
        var weeklyKm = weeks > 0 ? TrainingDays.Sum(history.RunKm, 0, IntensityWindowDays - 1) / weeks : DefaultWeeklyKm;
        if (context.Profile.Phase == TrainingPhase.Taper)
        {
            weeklyKm *= TaperVolumeFactor;
        }

        return (weeklyKm, Math.Max(0, weeklyKm - week.LoggedKm));
    }

    /// <summary>Intervals when ready; tempo for runners of 3-6 months; nothing hard for novices, the injured, or on low energy.</summary>
    private static PlannedSessionKind? HardKind(CoachingContext context)
    {
        if (context.IntervalReady)
        {
            return PlannedSessionKind.IntervalRun;
        }

        var onlyInexperienced = !context.Profile.InjuredRecently && !context.EnergyAvailabilityLow;
        return onlyInexperienced && context.Profile.RunningExperienceMonths >= NoviceExperienceMonths ? PlannedSessionKind.TempoRun : null;
    }

    /// <summary>A run may be planned on a day ahead, or today when nothing was run yet today.</summary>
    private static bool CanRun(PlanHistory week, int day) =>
        day >= week.FirstPlannable && !(day == week.Offset && week.RanOn(day));

    /// <summary>
    /// The day for the hard run: not next to the long run, never the day after a hard run, and keeping every rolling
    /// 7 days (history included) at 2 hard runs or fewer; midweek (4 days before the long run) first.
    /// </summary>
    private static int PlaceHardRun(PlanHistory week, int longDay)
    {
        var best = -1;
        var bestScore = int.MaxValue;
        for (var d = week.FirstPlannable; d < Days; d++)
        {
            if (!CanRun(week, d) || (longDay >= 0 && Math.Abs(d - longDay) < 2)
                || week.HardRunsInWeekEndingOn(d) + 1 > MaxHardSessionsPerWeek || week.HardRunOn(d - 1))
            {
                continue;
            }

            var score = longDay >= 0 ? Math.Abs(((longDay - d + 7) % 7) - 4) : Math.Abs(d - 3);
            if (score < bestScore)
            {
                (best, bestScore) = (d, score);
            }
        }

        return best;
    }

    /// <summary>
    /// Leg days: never on the long-run day or the day before (fresh legs for it), never the day before or after the
    /// hard run, nor the day after a logged hard run, at least 48 h from each other and from a logged leg session.
    /// The hard-run day itself (lifting first) is the fallback.
    /// </summary>
    private static int PlaceStrength(int dose, PlanHistory week, int longDay, int hardDay, Span<int> chosen)
    {
        for (var relax = 0; relax < 2; relax++)
        {
            var best = (A: -1, B: -1, Score: int.MinValue);
            for (var a = week.FirstPlannable; a < Days; a++)
            {
                if (!StrengthFits(a, week, longDay, hardDay, relax))
                {
                    continue;
                }

                if (dose == 1)
                {
                    var single = (a == hardDay ? -10 : 0) - (longDay >= 0 ? Math.Abs(((longDay - a + 7) % 7) - 3) : 0);
                    best = single > best.Score ? (a, -1, single) : best;
                    continue;
                }

                for (var b = a + 2; b < Days; b++)
                {
                    if (!StrengthFits(b, week, longDay, hardDay, relax))
                    {
                        continue;
                    }

                    var score = (a == hardDay || b == hardDay ? -10 : 0) + Math.Min(b - a, 3);
                    best = score > best.Score ? (a, b, score) : best;
                }
            }

            if (best.A >= 0)
            {
                chosen[0] = best.A;
                chosen[1] = best.B;
                return best.B >= 0 ? 2 : 1;
            }
        }

        // Two sessions 48 h apart did not fit around the runs: one is still the maintenance dose.
        return dose > 1 ? PlaceStrength(1, week, longDay, hardDay, chosen) : 0;
    }

    private static bool StrengthFits(int day, PlanHistory week, int longDay, int hardDay, int relax) =>
        day != longDay
        && (relax > 0 || longDay < 0 || day != longDay - 1)
        && (hardDay < 0 || Math.Abs(day - hardDay) != 1)
        && !week.HardRunOn(day - 1) && !week.HardRunOn(day)
        && !week.LegsOn(day - 1) && !week.LegsOn(day);

    private static void PlaceEasyRuns(int wanted, PlanHistory week, int longDay, int hardDay, ReadOnlySpan<int> strengthDays, Span<bool> easy)
    {
        var placed = 0;

        // Free days first, keeping the day after the long run for rest; strength days take easy runs last.
        for (var pass = 0; pass < 3 && placed < wanted; pass++)
        {
            for (var d = week.FirstPlannable; d < Days && placed < wanted; d++)
            {
                if (easy[d] || d == longDay || d == hardDay || !CanRun(week, d))
                {
                    continue;
                }

                var strength = strengthDays.Contains(d);
                var fits = pass switch
                {
                    0 => !strength && (longDay < 0 || d != longDay + 1),
                    1 => !strength,
                    _ => true,
                };
                if (fits)
                {
                    easy[d] = true;
                    placed++;
                }
            }
        }
    }

    private static int FreeRunDays(PlanHistory week, int longDay, int hardDay)
    {
        var free = 0;
        for (var d = week.FirstPlannable; d < Days; d++)
        {
            free += CanRun(week, d) && d != longDay && d != hardDay ? 1 : 0;
        }

        return free;
    }

    /// <summary>
    /// The runs, leg sessions and cross-training logged on the lived days (up to and including day <paramref name="lastLived"/>),
    /// shown as done. Cross-training carries no distance: its km are not run km.
    /// </summary>
    private static List<PlannedSession>?[] Logged(CoachingContext context, DateOnly startsOn, int lastLived)
    {
        var logged = new List<PlannedSession>?[Days];
        var calendar = context.Calendar;
        foreach (var run in context.Athlete.Runs)
        {
            var d = calendar.DayOf(run.StartedAt).DayNumber - startsOn.DayNumber;
            if (d >= 0 && d <= lastLived)
            {
                (logged[d] ??= new List<PlannedSession>(3)).Add(
                    new PlannedSession(LoggedKind(run.Kind), run.DurationMin, run.DistanceKm, SessionGuidance.Logged, SessionStatus.Done));
            }
        }

        foreach (var session in context.Athlete.StrengthSessions)
        {
            var d = calendar.DayOf(session.StartedAt).DayNumber - startsOn.DayNumber;
            if (d >= 0 && d <= lastLived && session.LoadsLegs)
            {
                (logged[d] ??= new List<PlannedSession>(3)).Add(
                    new PlannedSession(PlannedSessionKind.LegStrength, session.DurationMin, null, SessionGuidance.Logged, SessionStatus.Done));
            }
        }

        foreach (var session in context.Athlete.CrossTraining)
        {
            var d = calendar.DayOf(session.StartedAt).DayNumber - startsOn.DayNumber;
            if (d >= 0 && d <= lastLived)
            {
                (logged[d] ??= new List<PlannedSession>(3)).Add(
                    new PlannedSession(PlannedSessionKind.CrossTraining, session.DurationMin, null, SessionGuidance.Logged, SessionStatus.Done));
            }
        }

        return logged;
    }

    private static PlannedSessionKind LoggedKind(RunKind kind) => kind switch
    {
        RunKind.Long => PlannedSessionKind.LongRun,
        RunKind.Tempo => PlannedSessionKind.TempoRun,
        RunKind.Interval => PlannedSessionKind.IntervalRun,
        _ => PlannedSessionKind.EasyRun,
    };

    internal static PlannedSession Run(PlannedSessionKind kind, double exactKm, double easyPace)
    {
        // Rounded down to 100 m, so the week never adds up to more than planned (3 km stays 3 km for a novice). The
        // guidance reads the rounded minutes the athlete sees, as FUEL_DURING_LONG_RUNS does.
        var km = Math.Floor(exactKm * 10) / 10;
        var minutes = Figures.Round(km * easyPace);
        var guidance = kind switch
        {
            PlannedSessionKind.LongRun when minutes > FuelDuringHighRunMin => SessionGuidance.VeryLongFuelled,
            PlannedSessionKind.LongRun when minutes > FuelDuringRunMin => SessionGuidance.LongFuelled,
            PlannedSessionKind.LongRun => SessionGuidance.Long,
            _ => SessionGuidance.Easy,
        };
        return new PlannedSession(kind, minutes, km, guidance);
    }

    /// <summary>The day's fuel for its sessions: every session's minutes count as training hours; energy is the runs' km, the leg sessions' minutes and the cross-training's own kcal.</summary>
    private static FuelTargets Fuel(CoachingContext context, List<PlannedSession> sessions, double crossTrainingKcal)
    {
        double minutes = 0, km = 0, strengthMin = 0;
        foreach (var session in sessions)
        {
            minutes += session.DurationMin;
            km += session.IsRun ? session.DistanceKm ?? 0 : 0;
            strengthMin += session.Kind == PlannedSessionKind.LegStrength ? session.DurationMin : 0;
        }

        var exercise = NutritionWeek.ExerciseKcal(context.Body.BodyMassKg, km, strengthMin, crossTrainingKcal);
        return FuelPlanner.ForDay(context.Body, context.InDeficit, minutes / 60, exercise);
    }
}
