using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Summary;
using RunStrong.Onboarding;

namespace RunStrong.Contracts.Athletes;

/// <summary>An athlete's profile (null until one is set), their recent training, and who they are as a gym member (null when not one).</summary>
[GenerateSerializer, Immutable]
public sealed record AthleteOverview(
    [property: Id(0)] AthleteProfile? Profile,
    [property: Id(1)] TrainingSummary Summary,
    [property: Id(2)] MemberIdentity? Member);
