using FsCheck;
using FsCheck.Fluent;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Tests.Builders;

namespace RunStrong.Coaching.Tests.Engine;

/// <summary>
/// Over random athletes: whatever cross-training is added, nothing about running changes, and hours, load and exercise
/// energy only go up, energy availability only down (docs/COACHING.md, "Cross-training").
/// </summary>
public sealed class CrossTrainingProperties
{
    private const double Tolerance = 1e-9;
    private static readonly DateOnly AsOf = GeneratedHistories.AsOf;

    /// <summary>Rules that read runs, strength sessions or weigh-ins only: cross-training can never make them fire or fall silent.</summary>
    private static readonly string[] BlindToCrossTraining =
    [
        RuleCodes.RecoveryFuel, RuleCodes.StrengthLowerBodyLow, RuleCodes.StrengthMuscleGroupGap, RuleCodes.StrengthMaintenanceDose,
        RuleCodes.StrengthAfterHardRun, RuleCodes.HiitTooFrequent, RuleCodes.IntensityDistribution, RuleCodes.LoadSpike, RuleCodes.NoviceStart,
        RuleCodes.MeasurementImplausible, RuleCodes.ProteinInDeficit,
    ];

    [Fact]
    public void Cross_training_never_changes_run_figures_or_the_rules_that_read_only_runs()
    {
        Prop.ForAll(GeneratedHistories.Athletes, athlete =>
        {
            var with = CoachingEngine.Evaluate(athlete, AsOf);
            var without = CoachingEngine.Evaluate(athlete with { CrossTraining = [] }, AsOf);
            var (a, b) = (with.Training, without.Training);
            return a.RunKm == b.RunKm && a.PriorTwoWeeksMeanKm == b.PriorTwoWeeksMeanKm && a.Runs == b.Runs && a.HardRuns == b.HardRuns
                && a.HardRunsLast14Days == b.HardRunsLast14Days && a.RunsLast28Days == b.RunsLast28Days && a.HardRunsLast28Days == b.HardRunsLast28Days
                && a.RunVolumeAtFourWeekHigh == b.RunVolumeAtFourWeekHigh && a.HoursFromHardRunToLegSession == b.HoursFromHardRunToLegSession
                && Fired(with).SequenceEqual(Fired(without));
        }).Check(GeneratedHistories.Runs);
    }

    [Fact]
    public void Cross_training_only_adds_hours_load_and_exercise_energy_and_only_lowers_energy_availability()
    {
        Prop.ForAll(GeneratedHistories.Athletes, athlete =>
        {
            var with = CoachingEngine.Evaluate(athlete, AsOf);
            var without = CoachingEngine.Evaluate(athlete with { CrossTraining = [] }, AsOf);
            var (a, b) = (with.Training, without.Training);
            return a.MeanDailyTrainingHours >= b.MeanDailyTrainingHours - Tolerance
                && a.MeanExerciseEnergyKcal >= b.MeanExerciseEnergyKcal - Tolerance
                && a.Load.Fatigue >= b.Load.Fatigue - Tolerance && a.Load.Fitness >= b.Load.Fitness - Tolerance
                && with.Targets.EnergyKcal >= without.Targets.EnergyKcal
                && (with.Nutrition.EnergyAvailability ?? 0) <= (without.Nutrition.EnergyAvailability ?? 0) + Tolerance;
        }).Check(GeneratedHistories.Runs);
    }

    [Fact]
    public void The_plan_never_counts_cross_training_as_km_nor_plans_it()
    {
        Prop.ForAll(GeneratedHistories.Athletes, athlete =>
        {
            var with = CoachingEngine.Evaluate(athlete, AsOf);
            var without = CoachingEngine.Evaluate(athlete with { CrossTraining = [] }, AsOf);
            var sessions = with.Plan.Days.SelectMany(d => d.Sessions).ToList();
            var crossIsDoneWithoutKm = sessions.Where(s => s.Kind == PlannedSessionKind.CrossTraining).All(s => s.Status == SessionStatus.Done && s.DistanceKm is null && !s.IsRun);

            // The planned runs only differ when the ride's energy moved energy availability across 30 (no hard run then).
            var sameEnergyVerdict = with.Nutrition.IsSufficient == without.Nutrition.IsSufficient
                && (with.Nutrition.EnergyAvailability < CoachingThresholds.LowEnergyAvailability) == (without.Nutrition.EnergyAvailability < CoachingThresholds.LowEnergyAvailability);
            return crossIsDoneWithoutKm
                && (!sameEnergyVerdict || Planned(with).SequenceEqual(Planned(without)));
        }).Check(GeneratedHistories.Runs);
    }

    private static IEnumerable<string> Fired(CoachingReport report) =>
        report.Recommendations.Select(r => r.Code).Where(BlindToCrossTraining.Contains).Order(StringComparer.Ordinal);

    private static IEnumerable<PlannedSession> Planned(CoachingReport report) =>
        report.Plan.Days.SelectMany(d => d.Sessions).Where(s => s.Status == SessionStatus.Planned);
}
