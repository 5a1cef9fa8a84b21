using RunStrong.Coaching.Athletes;

namespace RunStrong.Silo.Api.DataProtection;

/// <summary>Every log entry still held in detail, oldest first (older ones live on as <c>foldedWeeks</c>).</summary>
public sealed record ExportedLog(
    IReadOnlyList<Run> Runs,
    IReadOnlyList<StrengthSession> StrengthSessions,
    IReadOnlyList<NutritionDay> Nutrition,
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<CrossTrainingSession> CrossTraining);
