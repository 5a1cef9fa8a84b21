using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// Invariants over random athletes (FsCheck; FsCheck.Xunit.v3 needs xunit.v3 4.x, so properties run inside facts).
/// </summary>
public sealed class EngineProperties
{
    private static readonly DateOnly AsOf = GeneratedHistories.AsOf;
    private static readonly Config Runs = GeneratedHistories.Runs;
    private static readonly Arbitrary<AthleteData> Athletes = GeneratedHistories.Athletes;

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
