using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Standings;

/// <summary>
/// A ranked, immutable view of a challenge at one moment. Built off the read path whenever scores moved;
/// every read in between is served from it without locks or copies.
/// </summary>
public sealed class LeaderboardSnapshot
{
    private readonly Dictionary<string, AthleteStanding> athletesById;
    private readonly Dictionary<string, TeamStanding> teamsById;

    private LeaderboardSnapshot(long version, DateTimeOffset generatedAt, IReadOnlyList<TeamStanding> teams, IReadOnlyList<AthleteStanding> athletes)
    {
        Version = version;
        GeneratedAt = generatedAt;
        Teams = teams;
        Athletes = athletes;
        athletesById = athletes.ToDictionary(a => a.AthleteId, StringComparer.Ordinal);
        teamsById = teams.ToDictionary(t => t.TeamId, StringComparer.Ordinal);
    }

    public long Version { get; }

    public DateTimeOffset GeneratedAt { get; }

    /// <summary>Every team, best first.</summary>
    public IReadOnlyList<TeamStanding> Teams { get; }

    /// <summary>Every participant, best first.</summary>
    public IReadOnlyList<AthleteStanding> Athletes { get; }

    public static LeaderboardSnapshot Empty(ChallengeDefinition challenge, DateTimeOffset generatedAt) =>
        Build(challenge, [], 0, generatedAt);

    public static LeaderboardSnapshot Build(
        ChallengeDefinition challenge, IEnumerable<Participant> participants, long version, DateTimeOffset generatedAt)
    {
        var ranked = participants.OrderByDescending(p => p.Score).ThenBy(p => p.AthleteId, StringComparer.Ordinal).ToList();
        var athletes = new List<AthleteStanding>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && ranked[i].Score == ranked[i - 1].Score ? athletes[i - 1].Rank : i + 1;
            athletes.Add(new AthleteStanding(rank, ranked[i].AthleteId, ranked[i].TeamId, ranked[i].Score));
        }

        return new LeaderboardSnapshot(version, generatedAt, RankTeams(challenge, ranked), athletes);
    }

    /// <summary>The best <paramref name="top"/> teams and athletes.</summary>
    public LeaderboardPage Top(int top) =>
        new(Version, GeneratedAt, Athletes.Count, [.. Teams.Take(top)], [.. Athletes.Take(top)]);

    public AthleteStanding? Athlete(string athleteId) => athletesById.GetValueOrDefault(athleteId);

    public TeamStanding? Team(string teamId) => teamsById.GetValueOrDefault(teamId);

    private static List<TeamStanding> RankTeams(ChallengeDefinition challenge, List<Participant> participants)
    {
        var totals = challenge.Teams.ToDictionary(t => t.Id, _ => (Total: Score.Zero, Members: 0), StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            var (total, members) = totals.GetValueOrDefault(participant.TeamId);
            totals[participant.TeamId] = (total + participant.Score, members + 1);
        }

        var names = challenge.Teams.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        var scored = totals
            .Select(t => (Id: t.Key, Score: TeamScore(challenge.Rules.TeamScoring, t.Value.Total, t.Value.Members), t.Value.Members))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();

        var teams = new List<TeamStanding>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && scored[i].Score == scored[i - 1].Score ? teams[i - 1].Rank : i + 1;
            teams.Add(new TeamStanding(rank, scored[i].Id, names.GetValueOrDefault(scored[i].Id) ?? scored[i].Id, scored[i].Score, scored[i].Members));
        }

        return teams;
    }

    private static Score TeamScore(TeamScoring scoring, Score total, int members) =>
        scoring == TeamScoring.Total || members == 0
            ? total
            : new Score((long)Math.Round(total.Hundredths / (decimal)members, MidpointRounding.AwayFromZero));
}
