using RunStrong.Challenges.Rules;
using RunStrong.Coaching.Validation;

namespace RunStrong.Silo.Api.Challenges;

/// <summary>One challenge an athlete is in, with their team: what the athlete's pages list.</summary>
public sealed record AthleteChallengeResponse(
    string Id,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Metric,
    string Unit,
    string TeamId,
    string TeamName)
{
    public static AthleteChallengeResponse Of(ChallengeDefinition challenge, string teamId) =>
        new(
            challenge.Id,
            challenge.Name,
            challenge.Rules.StartsOn,
            challenge.Rules.EndsOn,
            WireNames.Of(challenge.Rules.Metric),
            ScoreUnits.Of(challenge.Rules),
            teamId,
            challenge.Team(teamId)?.Name ?? teamId);
}

public sealed record AthleteChallengeList(IReadOnlyList<AthleteChallengeResponse> Items);
