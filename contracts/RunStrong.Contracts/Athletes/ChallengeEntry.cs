using RunStrong.Challenges.Rules;

namespace RunStrong.Contracts.Athletes;

/// <summary>One challenge the athlete is in: its id, their team, and their score as the athlete last scored it.</summary>
[GenerateSerializer, Immutable]
public sealed record ChallengeEntry(
    [property: Id(0)] string ChallengeId,
    [property: Id(1)] string TeamId,
    [property: Id(2)] Score Score,
    [property: Id(3)] ChallengeRules Rules);
