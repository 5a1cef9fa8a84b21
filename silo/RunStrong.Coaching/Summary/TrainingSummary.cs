using RunStrong.Coaching.Athletes;

namespace RunStrong.Coaching.Summary;

/// <summary>The athlete's recent training as shown with their profile: the last 7 and the last 28 days.</summary>
public sealed record TrainingSummary(DateOnly AsOf, TrainingWindow Last7Days, TrainingWindow Last28Days)
{
    public static TrainingSummary Of(IReadOnlyCollection<Run> runs, DateOnly asOf) =>
        new(asOf, TrainingWindow.Of(runs, asOf, 7), TrainingWindow.Of(runs, asOf, 28));
}
