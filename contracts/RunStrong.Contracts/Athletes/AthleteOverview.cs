using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Summary;

namespace RunStrong.Contracts.Athletes;

/// <summary>An athlete's profile (null until one is set) and their recent training.</summary>
[GenerateSerializer, Immutable]
public sealed record AthleteOverview(
    [property: Id(0)] AthleteProfile? Profile,
    [property: Id(1)] TrainingSummary Summary);
