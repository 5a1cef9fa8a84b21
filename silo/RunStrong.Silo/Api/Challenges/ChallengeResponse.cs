using RunStrong.Challenges.Rules;
using RunStrong.Coaching.Validation;

namespace RunStrong.Silo.Api.Challenges;

/// <summary>A challenge as the API shows it.</summary>
public sealed record ChallengeResponse(
    string Id,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Metric,
    decimal? DailyCap,
    string Scoring,
    string TeamScore,
    string Unit,
    DateTimeOffset CreatedAt,
    IReadOnlyList<TeamResponse> Teams)
{
    public static ChallengeResponse Of(ChallengeDefinition challenge) =>
        new(
            challenge.Id,
            challenge.Name,
            challenge.Rules.StartsOn,
            challenge.Rules.EndsOn,
            WireNames.Of(challenge.Rules.Metric),
            challenge.Rules.DailyCap?.Value,
            WireNames.Of(challenge.Rules.Scoring),
            WireNames.Of(challenge.Rules.TeamScoring),
            ScoreUnits.Of(challenge.Rules),
            challenge.CreatedAt,
            [.. challenge.Teams.Select(t => new TeamResponse(t.Id, t.Name))]);
}

public sealed record TeamResponse(string Id, string Name);

public sealed record ChallengeList(IReadOnlyList<ChallengeResponse> Items);
