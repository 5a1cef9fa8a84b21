using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;
using RunStrong.Coaching.Validation;

namespace RunStrong.Silo.Api.Challenges;

/// <summary>
/// The top of a challenge's leaderboard. <see cref="Version"/> grows with every snapshot and
/// <see cref="GeneratedAt"/> says when it was taken, so a client polling it can tell what is new.
/// </summary>
public sealed record LeaderboardResponse(
    string ChallengeId,
    string Metric,
    string Scoring,
    string TeamScore,
    string Unit,
    long Version,
    DateTimeOffset GeneratedAt,
    int Participants,
    IReadOnlyList<TeamRankResponse> Teams,
    IReadOnlyList<AthleteRankResponse> Athletes)
{
    public static LeaderboardResponse Of(ChallengeDefinition challenge, LeaderboardPage page) =>
        new(
            challenge.Id,
            WireNames.Of(challenge.Rules.Metric),
            WireNames.Of(challenge.Rules.Scoring),
            WireNames.Of(challenge.Rules.TeamScoring),
            ScoreUnits.Of(challenge.Rules),
            page.Version,
            page.GeneratedAt,
            page.Participants,
            [.. page.Teams.Select(TeamRankResponse.Of)],
            [.. page.Athletes.Select(AthleteRankResponse.Of)]);
}

public sealed record TeamRankResponse(int Rank, string Id, string Name, decimal Score, int Members)
{
    public static TeamRankResponse Of(TeamStanding team) => new(team.Rank, team.TeamId, team.Name, team.Score.Value, team.Members);
}

public sealed record AthleteRankResponse(int Rank, string AthleteId, string TeamId, decimal Score)
{
    public static AthleteRankResponse Of(AthleteStanding athlete) => new(athlete.Rank, athlete.AthleteId, athlete.TeamId, athlete.Score.Value);
}

/// <summary>One athlete's own rank and score, with their team's.</summary>
public sealed record StandingResponse(
    string ChallengeId,
    string AthleteId,
    string TeamId,
    int Rank,
    decimal Score,
    int Participants,
    TeamRankResponse? Team,
    string Unit,
    long Version,
    DateTimeOffset GeneratedAt)
{
    public static StandingResponse Of(ChallengeDefinition challenge, ParticipantStanding standing) =>
        new(
            challenge.Id,
            standing.Athlete.AthleteId,
            standing.Athlete.TeamId,
            standing.Athlete.Rank,
            standing.Athlete.Score.Value,
            standing.Participants,
            standing.Team is { } team ? TeamRankResponse.Of(team) : null,
            ScoreUnits.Of(challenge.Rules),
            standing.Version,
            standing.GeneratedAt);
}
