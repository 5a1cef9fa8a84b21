using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Engine.Nutrition;
using RunStrong.Coaching.Engine.Training;
using static RunStrong.Coaching.Engine.CoachingThresholds;

namespace RunStrong.Coaching.Engine.Plan;

/// <summary>
/// Builds the 7 days after the as-of date so that they obey the rules: at most one hard run (so hard runs
/// stay within 25 % of runs and the rolling 7-day count, history included, never exceeds 2), the long run on
/// the Sunday, leg sessions at least a day away from hard runs (or before the run on the same day) and not
/// on or the day before the long run, easy runs on the remaining days, and each day's fuel.
/// </summary>
internal static class WeekPlanner
{
    private const int Days = 7;

    public static WeekPlan Plan(CoachingContext context)
    {
        var startsOn = context.AsOf.AddDays(1);
        var history = context.Days;
        var weeks = history.OldestRun28 < 0 ? 0 : (history.OldestRun28 / WeekDays) + 1;
        var weeklyKm = weeks > 0 ? TrainingDays.Sum(history.RunKm, 0, IntensityWindowDays - 1) / weeks : DefaultWeeklyKm;
        var runsPerWeek = weeks > 0 ? (double)history.Runs28 / weeks : MinRunDays;
        if (context.Profile.Phase == TrainingPhase.Taper)
        {
            weeklyKm *= TaperVolumeFactor;
        }

        if (IsNoviceInFirstWeeks(context, startsOn))
        {
            weeklyKm = Math.Min(weeklyKm, NoviceFirstWeekKm);
        }

        var hardKind = HardKind(context);
        var longDay = (7 + (int)DayOfWeek.Sunday - (int)startsOn.DayOfWeek) % 7;
        var hardDay = hardKind is null ? -1 : PlaceHardRun(history, longDay);
        if (hardDay < 0)
        {
            hardKind = null;
        }

        var runDays = Math.Clamp((int)Math.Round(runsPerWeek), hardKind is null ? MinRunDays : MinRunDaysWithHardRun, MaxRunDays);
        Span<int> strengthDays = stackalloc int[2];
        var strengthCount = PlaceStrength(context.LegDose, history, longDay, hardDay, strengthDays);
        Span<bool> easy = stackalloc bool[Days];
        var easyCount = PlaceEasyRuns(runDays - 1 - (hardKind is null ? 0 : 1), longDay, hardDay, strengthDays[..strengthCount], easy);

        var pace = history.EasyKm28 > 0 ? Math.Clamp(history.EasyMin28 / history.EasyKm28, 3, 12) : DefaultEasyPaceMinPerKm;
        var share = weeklyKm / (runDays + (LongRunShares - 1));
        var longKm = Math.Min(LongRunShares * share, MaxLongRunMin / pace);
        var hardKm = hardKind is null ? 0 : share;
        var easyKm = easyCount == 0 ? 0 : Math.Max(0, weeklyKm - longKm - hardKm) / easyCount;
        var maintenance = context.Profile.Phase is TrainingPhase.Peak or TrainingPhase.Taper;

        var days = new PlanDay[Days];
        for (var d = 0; d < Days; d++)
        {
            var sessions = new List<PlannedSession>(3);
            var strengthToday = strengthDays[..strengthCount].Contains(d);
            if (strengthToday && d == hardDay)
            {
                sessions.Add(new PlannedSession(PlannedSessionKind.LegStrength, LegSessionMin, null, SessionGuidance.LegsBeforeRun));
            }

            if (d == longDay)
            {
                sessions.Add(Run(PlannedSessionKind.LongRun, longKm, pace));
            }
            else if (d == hardDay)
            {
                sessions.Add(Run(hardKind!.Value, hardKm, pace));
            }
            else if (easy[d])
            {
                sessions.Add(Run(PlannedSessionKind.EasyRun, easyKm, pace));
            }

            if (strengthToday && d != hardDay)
            {
                sessions.Add(maintenance
                    ? new PlannedSession(PlannedSessionKind.LegStrength, MaintenanceLegSessionMin, null, SessionGuidance.LegsMaintenance)
                    : new PlannedSession(PlannedSessionKind.LegStrength, LegSessionMin, null, SessionGuidance.Legs));
            }

            days[d] = new PlanDay(startsOn.AddDays(d), sessions, Fuel(context, sessions));
        }

        return new WeekPlan(startsOn, days);
    }

    private static bool IsNoviceInFirstWeeks(CoachingContext context, DateOnly startsOn) =>
        context.Profile.RunningExperienceMonths < NoviceExperienceMonths
        && context.Body.Bmi > NoviceBmi
        && (context.Days.FirstRunDay is not { } first || first > startsOn.AddDays(-WeekDays));

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

    /// <summary>
    /// The day for the hard run: not next to the long run, at least 48 h after a hard run on the as-of day, and
    /// keeping every rolling 7 days (history included) at 2 hard runs or fewer; midweek (4 days before the long run) first.
    /// </summary>
    private static int PlaceHardRun(TrainingDays history, int longDay)
    {
        var best = -1;
        var bestScore = int.MaxValue;
        for (var d = 0; d < Days; d++)
        {
            var earlierHard = TrainingDays.Sum(history.HardRuns, 0, WeekDays - 2 - d);
            if (Math.Abs(d - longDay) < 2 || earlierHard + 1 > MaxHardSessionsPerWeek || (d == 0 && history.HardRuns[0] > 0))
            {
                continue;
            }

            var score = Math.Abs(((longDay - d + 7) % 7) - 4);
            if (score < bestScore)
            {
                (best, bestScore) = (d, score);
            }
        }

        return best;
    }

    /// <summary>
    /// Leg days: never on the long-run day or the day before (fresh legs for it), never the day before or after
    /// the hard run (24 h), and at least 48 h apart. The hard-run day itself (lifting first) is the fallback.
    /// </summary>
    private static int PlaceStrength(int dose, TrainingDays history, int longDay, int hardDay, Span<int> chosen)
    {
        for (var relax = 0; relax < 2; relax++)
        {
            var best = (A: -1, B: -1, Score: int.MinValue);
            for (var a = 0; a < Days; a++)
            {
                if (!StrengthFits(a, history, longDay, hardDay, relax))
                {
                    continue;
                }

                if (dose == 1)
                {
                    var single = (a == hardDay ? -10 : 0) - Math.Abs(((longDay - a + 7) % 7) - 3);
                    best = single > best.Score ? (a, -1, single) : best;
                    continue;
                }

                for (var b = a + 2; b < Days; b++)
                {
                    if (!StrengthFits(b, history, longDay, hardDay, relax))
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
        return dose > 1 ? PlaceStrength(1, history, longDay, hardDay, chosen) : 0;
    }

    private static bool StrengthFits(int day, TrainingDays history, int longDay, int hardDay, int relax) =>
        day != longDay
        && (relax > 0 || day != longDay - 1)
        && (hardDay < 0 || Math.Abs(day - hardDay) != 1)
        && !(day == 0 && history.HardRuns[0] > 0);

    private static int PlaceEasyRuns(int wanted, int longDay, int hardDay, ReadOnlySpan<int> strengthDays, Span<bool> easy)
    {
        var placed = 0;

        // Free days first, keeping the day after the long run for rest; strength days take easy runs last.
        for (var pass = 0; pass < 3 && placed < wanted; pass++)
        {
            for (var d = 0; d < Days && placed < wanted; d++)
            {
                if (easy[d] || d == longDay || d == hardDay)
                {
                    continue;
                }

                var strength = strengthDays.Contains(d);
                var fits = pass switch
                {
                    0 => !strength && d != longDay + 1,
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

        return placed;
    }

    private static PlannedSession Run(PlannedSessionKind kind, double exactKm, double easyPace)
    {
        // Rounded down to 100 m, so the week never adds up to more than planned (3 km stays 3 km for a novice).
        var km = Math.Floor(exactKm * 10) / 10;
        var minutes = kind == PlannedSessionKind.TempoRun ? km * easyPace * TempoPaceFactor : km * easyPace;
        var guidance = kind switch
        {
            PlannedSessionKind.LongRun when minutes > FuelDuringHighRunMin => SessionGuidance.VeryLongFuelled,
            PlannedSessionKind.LongRun when minutes > FuelDuringRunMin => SessionGuidance.LongFuelled,
            PlannedSessionKind.LongRun => SessionGuidance.Long,
            PlannedSessionKind.TempoRun => SessionGuidance.Tempo,
            PlannedSessionKind.IntervalRun => SessionGuidance.Interval,
            _ => SessionGuidance.Easy,
        };
        return new PlannedSession(kind, Math.Round(minutes), km, guidance);
    }

    private static FuelTargets Fuel(CoachingContext context, List<PlannedSession> sessions)
    {
        double minutes = 0, km = 0, strengthMin = 0;
        foreach (var session in sessions)
        {
            minutes += session.DurationMin;
            km += session.DistanceKm ?? 0;
            strengthMin += session.IsRun ? 0 : session.DurationMin;
        }

        var exercise = NutritionWeek.ExerciseKcal(context.Body.BodyMassKg, km, strengthMin);
        return FuelPlanner.ForDay(context.Body, context.InDeficit, minutes / 60, exercise);
    }
}
