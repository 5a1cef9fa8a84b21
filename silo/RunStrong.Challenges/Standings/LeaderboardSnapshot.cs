using System.Runtime.InteropServices;
using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Standings;

/// <summary>
/// A ranked, immutable view of a challenge at one moment. Built off the read path whenever scores moved;
/// every read in between is served from it without locks or copies.
/// </summary>
public sealed class LeaderboardSnapshot
{
    // Participants are ranked once per build into one array; an athlete's standing is made when asked for
    // (a page of 50, one athlete), not for all 10,000 on every build, which ran ten times a second.
    private readonly Participant[] ranked;
    private readonly int[] ranks;
    private readonly Dictionary<string, int> positionById;
    private readonly Dictionary<string, TeamStanding> teamsById;

    private LeaderboardSnapshot(long version, DateTimeOffset generatedAt, IReadOnlyList<TeamStanding> teams, Participant[] ranked, int[] ranks)
    {
        Version = version;
        GeneratedAt = generatedAt;
        Teams = teams;
        this.ranked = ranked;
        this.ranks = ranks;
        Athletes = new RankedAthletes(this);
        positionById = new Dictionary<string, int>(ranked.Length, StringComparer.Ordinal);
        for (var i = 0; i < ranked.Length; i++)
        {
            positionById[ranked[i].AthleteId] = i;
        }

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
        var ranked = participants.ToArray();
        Array.Sort(ranked, BestFirst);
        var ranks = new int[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranks[i] = i > 0 && ranked[i].Score == ranked[i - 1].Score ? ranks[i - 1] : i + 1;
        }

        return new LeaderboardSnapshot(version, generatedAt, RankTeams(challenge, ranked), ranked, ranks);
    }

    /// <summary>The best <paramref name="top"/> teams and athletes.</summary>
    public LeaderboardPage Top(int top) =>
        new(Version, GeneratedAt, Athletes.Count, [.. Teams.Take(top)], [.. Athletes.Take(top)]);

    public AthleteStanding? Athlete(string athleteId) =>
        positionById.TryGetValue(athleteId, out var position) ? StandingAt(position) : null;

    public TeamStanding? Team(string teamId) => teamsById.GetValueOrDefault(teamId);

    private AthleteStanding StandingAt(int position)
    {
        var participant = ranked[position];
        return new AthleteStanding(ranks[position], participant.AthleteId, participant.TeamId, participant.Score);
    }

    /// <summary>Higher score first; equal scores by athlete id, so that the order is the same on every build.</summary>
    private static int BestFirst(Participant left, Participant right)
    {
        var byScore = right.Score.Hundredths.CompareTo(left.Score.Hundredths);
        return byScore != 0 ? byScore : string.CompareOrdinal(left.AthleteId, right.AthleteId);
    }

    private static List<TeamStanding> RankTeams(ChallengeDefinition challenge, Participant[] participants)
    {
        var totals = new Dictionary<string, (Score Total, int Members)>(challenge.Teams.Count, StringComparer.Ordinal);
        foreach (var team in challenge.Teams)
        {
            totals[team.Id] = (Score.Zero, 0);
        }

        foreach (var participant in participants)
        {
            ref var team = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, participant.TeamId, out _);
            team = (team.Total + participant.Score, team.Members + 1);
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

    /// <summary>The ranked participants as standings, each made when read.</summary>
    private sealed class RankedAthletes(LeaderboardSnapshot snapshot) : IReadOnlyList<AthleteStanding>
    {
        public int Count => snapshot.ranked.Length;

        public AthleteStanding this[int index] => snapshot.StandingAt(index);

        public IEnumerator<AthleteStanding> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return snapshot.StandingAt(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
