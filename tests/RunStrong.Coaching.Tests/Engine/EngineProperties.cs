using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// Invariants over random athletes (FsCheck; FsCheck.Xunit.v3 needs xunit.v3 4.x, so properties run inside facts).
/// </summary>
public sealed class EngineProperties
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static Gen<double?> Maybe(Gen<double> gen) =>
        Gen.Frequency((1, Gen.Constant<double?>(null)), (3, gen.Select(v => (double?)v)));

    private static Gen<double> Between(double min, double max) => Gen.Choose(0, 10_000).Select(i => min + ((max - min) * i / 10_000));

    private static Gen<DateTimeOffset> Start => Gen.Choose(-3, 130).Zip(Gen.Choose(0, 23 * 60))
        .Select(t => new DateTimeOffset(AsOf.AddDays(-t.Item1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(t.Item2));

    private static readonly Gen<AthleteProfile> Profiles =
        from sex in Gen.Elements(Sex.Female, Sex.Male)
        from born in Gen.Choose(1930, 2012)
        from height in Between(140, 210)
        from weight in Between(35, 160)
        from fat in Maybe(Between(3, 50))
        from experience in Gen.Elements<int?>(null, 0, 2, 3, 5, 6, 24, 240)
        from goal in Gen.Elements(Goal.Maintain, Goal.Build)
        from phase in Gen.Elements(TrainingPhase.Base, TrainingPhase.Build, TrainingPhase.Peak, TrainingPhase.Taper)
        from injured in Gen.Elements(false, true)
        select new AthleteProfile(sex, born, height, weight, fat, fat is null ? null : BodyFatMethod.Bia, experience, goal, phase, injured);

    private static readonly Gen<Run> RunGen =
        from start in Start
        from km in Between(0.5, 45)
        from pace in Between(2.5, 10)
        from kind in Gen.Elements(RunKind.Easy, RunKind.Long, RunKind.Tempo, RunKind.Interval)
        from rpe in Gen.Elements<int?>(null, 1, 5, 10)
        select new Run("r", start, km, km * pace, kind, rpe, null);

    private static readonly Gen<StrengthSession> Sessions =
        from start in Start
        from minutes in Between(10, 120)
        from groups in Gen.SubListOf(Enum.GetValues<MuscleGroup>())
        from sets in Gen.Choose(1, 12)
        select new StrengthSession("s", start, minutes, null, [new Exercise("x", [.. groups], sets, 8, null)]);

    private static readonly Gen<NutritionDay> Days =
        from ago in Gen.Choose(-2, 20)
        from kcal in Between(0, 6000)
        from protein in Between(0, 300)
        from carbs in Between(0, 900)
        from meals in Gen.ListOf(Between(0, 80)).Select(m => m.Take(6).ToArray())
        select new NutritionDay(AsOf.AddDays(-ago), kcal, protein, carbs, null, [.. meals.Select(p => new Meal(null, p, null, null))]);

    private static readonly Gen<Measurement> Weighings =
        from ago in Gen.Choose(-2, 130)
        from weight in Between(35, 160)
        from fat in Maybe(Between(3, 50))
        select new Measurement("m", AsOf.AddDays(-ago), weight, fat, fat is null ? null : BodyFatMethod.Dexa);

    private static readonly Arbitrary<AthleteData> Athletes = (
        from profile in Profiles
        from runs in Gen.ListOf(RunGen)
        from sessions in Gen.ListOf(Sessions)
        from days in Gen.ListOf(Days)
        from weighings in Gen.ListOf(Weighings)
        select new AthleteData(profile, [.. runs], [.. sessions], [.. days], [.. weighings])).ToArbitrary();

    [Fact]
    public void Evaluation_is_deterministic()
    {
        Prop.ForAll(Athletes, athlete =>
            JsonSerializer.Serialize(CoachingEngine.Evaluate(athlete, AsOf)) == JsonSerializer.Serialize(CoachingEngine.Evaluate(athlete, AsOf)))
            .Check(Runs);
    }

    [Fact]
    public void Targets_are_finite_and_never_negative()
    {
        Prop.ForAll(Athletes, athlete =>
        {
            var report = CoachingEngine.Evaluate(athlete, AsOf);
            var fuels = report.Plan.Days.Select(d => d.Fuel).Append(report.Targets);
            return fuels.All(f => IsTarget(f.ProteinG) && IsTarget(f.CarbsG) && IsTarget(f.EnergyKcal))
                && report.Recommendations.All(r => IsFinite(r.Actual) && IsTarget(r.Target) && !r.Message.Contains("NaN", StringComparison.Ordinal))
                && double.IsFinite(report.Body.FfmKg) && report.Body.FfmKg > 0
                && report.Plan.Days.SelectMany(d => d.Sessions).All(s => IsTarget(s.DurationMin) && IsTarget(s.DistanceKm));
        }).Check(Runs);
    }

    [Fact]
    public void Plan_never_schedules_more_than_2_hard_sessions_and_keeps_legs_a_day_from_them()
    {
        Prop.ForAll(Athletes, athlete =>
        {
            var plan = CoachingEngine.Evaluate(athlete, AsOf).Plan;
            var hardDays = plan.Days.Select((d, i) => (d, i)).Where(x => x.d.Sessions.Any(s => s.IsHard)).Select(x => x.i).ToList();
            var legDays = plan.Days.Select((d, i) => (d, i)).Where(x => x.d.Sessions.Any(s => s.Kind == PlannedSessionKind.LegStrength)).Select(x => x.i);
            return hardDays.Count <= 2
                && plan.Days.Count == 7
                && plan.Days.Count(d => d.Sessions.Any(s => s.Kind == PlannedSessionKind.LongRun)) == 1
                && legDays.All(l => hardDays.All(h => Math.Abs(l - h) != 1));
        }).Check(Runs);
    }

    [Fact]
    public void Recommendations_are_catalogue_codes_most_severe_first_with_the_rule_version()
    {
        var codes = RuleCatalogue.All.Select(r => r.Code).ToHashSet();
        Prop.ForAll(Athletes, athlete =>
        {
            var recommendations = CoachingEngine.Evaluate(athlete, AsOf).Recommendations;
            return recommendations.All(r => codes.Contains(r.Code) && r.RuleVersion == RuleCatalogue.Version && r.Sources.Count > 0)
                && recommendations.Zip(recommendations.Skip(1)).All(p => p.First.Severity >= p.Second.Severity);
        }).Check(Runs);
    }

    private static bool IsFinite(double? value) => value is null || double.IsFinite(value.Value);

    private static bool IsTarget(double? value) => value is null || (double.IsFinite(value.Value) && value.Value >= 0);
}
