using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Tests.Builders;
using static RunStrong.Coaching.Engine.RuleCodes;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// The catalogue's invariants over generated histories (FsCheck inside facts): the risk is monotone, intensity is
/// never suggested to someone not ready for it, plans keep hard runs and leg sessions apart (history included),
/// another body-fat method never hides a lean-mass loss, and a report never depends on what came after its date.
/// </summary>
public sealed class CoachingInvariants
{
    private static readonly DateOnly AsOf = GeneratedHistories.AsOf;
    private static readonly Config Runs = GeneratedHistories.Runs;

    [Fact]
    public void The_risk_never_falls_when_a_lever_fails_and_observed_loss_ranks_with_two_failing_habits()
    {
        // Exhaustive over the five inputs: lean-mass loss, rapid loss, low energy, protein short, legs short.
        for (var mask = 0; mask < 32; mask++)
        {
            var risk = Risk(mask);
            for (var bit = 0; bit < 5; bit++)
            {
                Assert.True(Risk(mask | (1 << bit)) >= risk, $"failing lever {bit} lowered the risk of {mask}");
            }
        }

        var twoHabits = Risk(0b11000);
        Assert.True(Risk(0b00001) >= twoHabits); // lean-mass loss alone
        Assert.True(Risk(0b00110) >= twoHabits); // rapid loss with low energy availability

        static MuscleRetentionRisk Risk(int m) =>
            MuscleRetention.Classify((m & 1) != 0, (m & 2) != 0, (m & 4) != 0, (m & 8) != 0, (m & 16) != 0).Risk;
    }

    [Fact]
    public void Eating_less_protein_never_lowers_the_risk()
    {
        Prop.ForAll(GeneratedHistories.RealisticAthletes, athlete =>
        {
            var less = athlete with { Nutrition = [.. athlete.Nutrition.Select(d => d with { ProteinG = d.ProteinG / 2 })] };
            return CoachingEngine.Evaluate(less, AsOf).MuscleRetentionRisk >= CoachingEngine.Evaluate(athlete, AsOf).MuscleRetentionRisk;
        }).Check(Runs);
    }

    [Fact]
    public void Intervals_are_never_suggested_with_low_energy_availability_or_while_not_ready()
    {
        Prop.ForAll(GeneratedHistories.Athletes, athlete =>
        {
            var report = CoachingEngine.Evaluate(athlete, AsOf);
            var lowEnergy = report.Recommendations.Any(r => r.Code == EnergyAvailabilityLow && r.Severity == Severity.Warning);
            var notReady = report.Recommendations.Any(r => r.Code == HiitNotReady);
            return !report.Recommendations.Any(r => r.Code == HiitSuggested) || (!lowEnergy && !notReady);
        }).Check(Runs);
    }

    [Fact]
    public void Plans_keep_hard_runs_and_leg_sessions_apart_with_the_history_included()
    {
        var weekdays = Gen.Choose(0, 6).ToArbitrary();
        Prop.ForAll(GeneratedHistories.Athletes, weekdays, (athlete, dayOfWeek) =>
        {
            // The report's plan (from tomorrow), and the current week's plan asked for on any day of it.
            var monday = WeeklyTotals.WeekStarting(AsOf);
            var today = monday.AddDays(dayOfWeek);
            return Keeps(athlete, CoachingEngine.Evaluate(athlete, AsOf).Plan, AsOf)
                && Keeps(athlete, CoachingEngine.PlanWeek(athlete, monday, today), today);
        }).Check(Runs);
    }

    [Fact]
    public void An_older_reading_by_another_method_never_removes_a_lean_mass_loss()
    {
        var fired = 0;
        var methods = Gen.Elements(Enum.GetValues<BodyFatMethod>()).ToArbitrary();
        var fats = GeneratedHistories.Between(8, 40).ToArbitrary();
        Prop.ForAll(GeneratedHistories.RealisticAthletes, methods, fats, (athlete, method, fat) =>
        {
            // The lean-mass signal is the one body-fat methods feed; the rapid-loss signal reads weigh-ins, where an older
            // weigh-in may rightly lengthen the trend's window.
            var report = CoachingEngine.Evaluate(athlete, AsOf);
            var leanMassLoss = report.Trend.FfmChangeKg <= -1 || report.Trend.FfmChangePercent <= -2;
            if (!leanMassLoss || report.Trend.FfmChangeMethod == method || athlete.Measurements.Count == 0)
            {
                return true;
            }

            fired++;
            var oldest = athlete.Measurements.MinBy(m => m.Date)!;
            var older = new Measurement("older", oldest.Date.AddDays(-2), oldest.WeightKg, fat, method);
            var after = CoachingEngine.Evaluate(athlete with { Measurements = [.. athlete.Measurements, older] }, AsOf);
            return report.Recommendations.Any(r => r.Code == MuscleLossRisk) && after.Recommendations.Any(r => r.Code == MuscleLossRisk);
        }).Check(Runs.WithMaxTest(1000));

        Assert.True(fired > 10, $"only {fired} generated histories showed a loss");
    }

    [Fact]
    public void A_report_never_depends_on_entries_dated_after_it()
    {
        var later = (
            from runs in Gen.ListOf(GeneratedHistories.RunGen)
            from sessions in Gen.ListOf(GeneratedHistories.Sessions)
            from days in Gen.ListOf(GeneratedHistories.Days)
            from weighings in Gen.ListOf(GeneratedHistories.Weighings)
            from cross in Gen.ListOf(GeneratedHistories.CrossSessions)
            select (runs, sessions, days, weighings, cross)).ToArbitrary();
        Prop.ForAll(GeneratedHistories.RealisticAthletes, later, (athlete, extra) =>
        {
            var cutoff = AsOf.AddDays(-3);
            var added = athlete with
            {
                Runs = [.. athlete.Runs, .. extra.runs.Where(r => athlete.Profile.Calendar.DayOf(r.StartedAt) > cutoff)],
                StrengthSessions = [.. athlete.StrengthSessions, .. extra.sessions.Where(s => athlete.Profile.Calendar.DayOf(s.StartedAt) > cutoff)],
                Nutrition = [.. athlete.Nutrition.Where(d => d.Date <= cutoff), .. extra.days.Where(d => d.Date > cutoff).DistinctBy(d => d.Date)],
                Measurements = [.. athlete.Measurements, .. extra.weighings.Where(m => m.Date > cutoff)],
                CrossTraining = [.. athlete.CrossTraining, .. extra.cross.Where(s => athlete.Profile.Calendar.DayOf(s.StartedAt) > cutoff)],
            };
            var without = athlete with { Nutrition = [.. athlete.Nutrition.Where(d => d.Date <= cutoff)] };
            return JsonSerializer.Serialize(CoachingEngine.Evaluate(added, cutoff)) == JsonSerializer.Serialize(CoachingEngine.Evaluate(without, cutoff));
        }).Check(Runs);
    }

    [Fact]
    public void Muscle_loss_advice_never_calls_on_track_a_lever_another_rule_calls_short_nor_speaks_of_weight_loss_on_low_energy()
    {
        Prop.ForAll(GeneratedHistories.RealisticAthletes, athlete =>
        {
            var report = CoachingEngine.Evaluate(athlete, AsOf);
            var codes = report.Recommendations.Select(r => (r.Code, r.Severity)).ToList();
            var lowEnergy = codes.Contains((EnergyAvailabilityLow, Severity.Warning));
            var noWeightLoss = !lowEnergy || report.Recommendations.All(r =>
                !r.Message.Contains("losing weight", StringComparison.OrdinalIgnoreCase) && !r.Message.Contains("weight loss", StringComparison.OrdinalIgnoreCase));
            if (report.Recommendations.FirstOrDefault(r => r.Code == MuscleLossRisk) is not { } loss)
            {
                return noWeightLoss;
            }

            var onTrack = loss.Message[(loss.Message.LastIndexOf('.', loss.Message.Length - 2) + 1)..];
            onTrack = onTrack.Contains("on track", StringComparison.Ordinal) ? onTrack.ToLowerInvariant() : string.Empty;
            var proteinShort = codes.Any(c => c.Code == ProteinDailyLow) || codes.Contains((ProteinInDeficit, Severity.Advice));
            var energyShort = codes.Any(c => c.Code == EnergyAvailabilityLow);
            var legsShort = codes.Any(c => c.Code is StrengthLowerBodyLow or StrengthMuscleGroupGap);
            return noWeightLoss
                && !(proteinShort && onTrack.Contains("protein", StringComparison.Ordinal))
                && !(energyShort && onTrack.Contains("energy", StringComparison.Ordinal))
                && !(legsShort && onTrack.Contains("leg strength", StringComparison.Ordinal));
        }).Check(Runs.WithMaxTest(1000));
    }

    /// <summary>
    /// Day-level reading of the plan's promises: at most 2 hard runs in any 7 days that hold a planned one, no planned
    /// leg session the day after a hard run or on a day a hard run was already done, none within a day of another leg
    /// session (planned or logged), at most one long run.
    /// </summary>
    private static bool Keeps(AthleteData athlete, WeekPlan plan, DateOnly asOf)
    {
        var calendar = athlete.Profile.Calendar;
        var hardDays = athlete.Runs.Select(r => (r.Kind, Day: calendar.DayOf(r.StartedAt))).Where(r => r.Kind.IsHard() && r.Day <= asOf).Select(r => r.Day).ToList();
        var doneHard = hardDays.ToHashSet();
        var legDays = athlete.StrengthSessions.Where(s => s.LoadsLegs).Select(s => calendar.DayOf(s.StartedAt)).Where(d => d <= asOf).ToList();
        var plannedHard = new List<DateOnly>();
        var plannedLegs = new List<DateOnly>();
        foreach (var day in plan.Days)
        {
            foreach (var session in day.Sessions.Where(s => s.Status == SessionStatus.Planned))
            {
                (session.IsHard ? plannedHard : session.Kind == PlannedSessionKind.LegStrength ? plannedLegs : null)?.Add(day.Date);
            }
        }

        hardDays.AddRange(plannedHard);
        var hardOk = plannedHard.All(h => Enumerable.Range(0, 7).All(s => hardDays.Count(d => d >= h.AddDays(s - 6) && d <= h.AddDays(s)) <= 2));
        var legsOk = plannedLegs.All(l =>
            !hardDays.Contains(l.AddDays(-1)) && !doneHard.Contains(l)
            && legDays.Concat(plannedLegs.Where(o => o != l)).All(o => Math.Abs(o.DayNumber - l.DayNumber) > 1));
        var longRuns = plan.Days.Sum(d => d.Sessions.Count(s => s.Kind == PlannedSessionKind.LongRun && s.Status == SessionStatus.Planned));
        return hardOk && legsOk && longRuns <= 1 && plannedLegs.Count == plannedLegs.Distinct().Count();
    }
}
