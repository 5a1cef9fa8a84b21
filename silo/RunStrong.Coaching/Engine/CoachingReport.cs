using RunStrong.Coaching.Engine.Body;
using RunStrong.Coaching.Engine.Nutrition;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Engine.Training;

namespace RunStrong.Coaching.Engine;

/// <summary>
/// The coaching engine's answer for one athlete and as-of date: the recommendations (most severe first,
/// then in catalogue order), the figures they were computed from, the daily targets and the week ahead.
/// <see cref="RiskFactors"/> are the levers failing; <see cref="UnknownLevers"/> those with too little logged to judge.
/// <see cref="Notes"/> say how the figures were worked out where that is not visible in them (<see cref="ReportNotes"/>).
/// </summary>
public sealed record CoachingReport(
    DateOnly AsOf,
    MuscleRetentionRisk MuscleRetentionRisk,
    IReadOnlyList<RetentionLever> RiskFactors,
    BodyBaseline Body,
    FuelTargets Targets,
    NutritionWeek Nutrition,
    TrainingWeek Training,
    BodyTrend Trend,
    IReadOnlyList<Recommendation> Recommendations,
    WeekPlan Plan,
    string RuleVersion,
    IReadOnlyList<RetentionLever> UnknownLevers,
    IReadOnlyList<string> Notes);
