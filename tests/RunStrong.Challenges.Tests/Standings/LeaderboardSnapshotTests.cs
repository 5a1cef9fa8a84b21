using RunStrong.Challenges.Standings;

namespace RunStrong.Challenges.Tests.Standings;

/// <summary>Ranking athletes and teams: competition ranking (1, 2, 2, 4), ties by id, team total or average.</summary>
public sealed class LeaderboardSnapshotTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 5, 12, 0, 0, TimeSpan.Zero);

    private static ChallengeDefinition Spring(TeamScoring teamScoring) => new(
        "spring",
        "Spring",
        Challenge.Rules(ChallengeMetric.DistanceKm, new(2026, 11, 2), new(2026, 11, 15), teamScoring: teamScoring),
        4,
        At.AddDays(-10),
        [new("red", "Red Runners"), new("blue", "Blue Crew"), new("green", "Green Team")]);

    private static Participant P(string athlete, string team, long hundredths) => new(athlete, team, new Score(hundredths), 1);

    /// <summary>red: 50 + 30 = 80 (avg 40); blue: 30 + 10 = 40 (avg 20); green: nobody.</summary>
    private static readonly Participant[] Field =
    [
        P("athlete-9", "blue", 3000),
        P("athlete-4", "blue", 1000),
        P("athlete-10", "red", 3000),
        P("athlete-1", "red", 5000),
    ];

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_is_skipped()
    {
        var snapshot = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), Field, 7, At);

        Assert.Equal(
            [
                new AthleteStanding(1, "athlete-1", "red", new Score(5000)),
                new AthleteStanding(2, "athlete-10", "red", new Score(3000)), // "athlete-10" < "athlete-9" ordinally
                new AthleteStanding(2, "athlete-9", "blue", new Score(3000)),
                new AthleteStanding(4, "athlete-4", "blue", new Score(1000)),
            ],
            snapshot.Athletes);
    }

    [Fact]
    public void A_three_way_tie_shares_a_rank_and_skips_two()
    {
        Participant[] field = [P("e", "red", 1000), P("d", "blue", 3000), P("c", "red", 3000), P("b", "blue", 3000), P("a", "red", 5000)];

        var snapshot = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), field, 1, At);

        Assert.Equal([(1, "a"), (2, "b"), (2, "c"), (2, "d"), (5, "e")], snapshot.Athletes.Select(a => (a.Rank, a.AthleteId)));
    }

    [Fact]
    public void A_tie_at_the_top_is_two_firsts_and_a_third()
    {
        Participant[] field = [P("zoe", "red", 2000), P("amy", "blue", 2000), P("max", "red", 1999)];

        var snapshot = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), field, 1, At);

        Assert.Equal([(1, "amy"), (1, "zoe"), (3, "max")], snapshot.Athletes.Select(a => (a.Rank, a.AthleteId)));
    }

    [Fact]
    public void Team_totals_sum_members_and_an_empty_team_ranks_with_zero()
    {
        var snapshot = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), Field, 7, At);

        Assert.Equal(
            [
                new TeamStanding(1, "red", "Red Runners", new Score(8000), 2),
                new TeamStanding(2, "blue", "Blue Crew", new Score(4000), 2),
                new TeamStanding(3, "green", "Green Team", Score.Zero, 0),
            ],
            snapshot.Teams);
    }

    [Fact]
    public void Team_averages_divide_by_members_and_round_to_the_hundredth()
    {
        // red: 20 + 20 + 20.01 = 60.01 / 3 = 20.0033.. -> 20.00; blue: 45 / 1 = 45; green: 10 + 10 + 0 = 20 / 3 = 6.666.. -> 6.67.
        Participant[] field =
        [
            P("r1", "red", 2000), P("r2", "red", 2000), P("r3", "red", 2001),
            P("b1", "blue", 4500),
            P("g1", "green", 1000), P("g2", "green", 1000), P("g3", "green", 0),
        ];

        var average = LeaderboardSnapshot.Build(Spring(TeamScoring.Average), field, 1, At);
        Assert.Equal(
            [
                new TeamStanding(1, "blue", "Blue Crew", new Score(4500), 1),
                new TeamStanding(2, "red", "Red Runners", new Score(2000), 3),
                new TeamStanding(3, "green", "Green Team", new Score(667), 3),
            ],
            average.Teams);

        // The same field by total: red 60.01, blue 45, green 20.
        var total = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), field, 1, At);
        Assert.Equal(["red", "blue", "green"], total.Teams.Select(t => t.TeamId));
        Assert.Equal(new Score(6001), total.Teams[0].Score);
    }

    [Fact]
    public void Tied_teams_share_a_rank_in_id_order()
    {
        // red 40 and blue 40 tie at 1; green follows at 3.
        var snapshot = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), [P("a", "red", 4000), P("b", "blue", 4000)], 1, At);

        Assert.Equal([(1, "blue"), (1, "red"), (3, "green")], snapshot.Teams.Select(t => (t.Rank, t.TeamId)));
    }

    [Fact]
    public void An_average_team_with_no_members_scores_zero()
    {
        var snapshot = LeaderboardSnapshot.Build(Spring(TeamScoring.Average), [P("a", "red", 1500)], 1, At);

        Assert.Equal(new TeamStanding(2, "blue", "Blue Crew", Score.Zero, 0), snapshot.Team("blue"));
        Assert.Equal(new TeamStanding(2, "green", "Green Team", Score.Zero, 0), snapshot.Team("green"));
    }

    [Fact]
    public void Top_caps_both_lists_and_reports_every_participant()
    {
        var page = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), Field, 7, At).Top(2);

        Assert.Equal(7, page.Version);
        Assert.Equal(At, page.GeneratedAt);
        Assert.Equal(4, page.Participants);
        Assert.Equal(["athlete-1", "athlete-10"], page.Athletes.Select(a => a.AthleteId));
        Assert.Equal(["red", "blue"], page.Teams.Select(t => t.TeamId));
    }

    [Fact]
    public void Top_beyond_the_field_returns_everyone()
    {
        var page = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), Field, 7, At).Top(100);

        Assert.Equal(4, page.Athletes.Count);
        Assert.Equal(3, page.Teams.Count);
    }

    [Fact]
    public void Athletes_and_teams_are_looked_up_by_id()
    {
        var snapshot = LeaderboardSnapshot.Build(Spring(TeamScoring.Total), Field, 7, At);

        Assert.Equal(new AthleteStanding(2, "athlete-9", "blue", new Score(3000)), snapshot.Athlete("athlete-9"));
        Assert.Equal(new TeamStanding(2, "blue", "Blue Crew", new Score(4000), 2), snapshot.Team("blue"));
        Assert.Null(snapshot.Athlete("nobody"));
        Assert.Null(snapshot.Team("purple"));
    }

    [Fact]
    public void An_empty_snapshot_lists_every_team_at_zero()
    {
        var snapshot = LeaderboardSnapshot.Empty(Spring(TeamScoring.Total), At);

        Assert.Equal(0, snapshot.Version);
        Assert.Empty(snapshot.Athletes);
        Assert.Equal(0, snapshot.Top(10).Participants);
        Assert.Equal(
            [
                new TeamStanding(1, "blue", "Blue Crew", Score.Zero, 0),
                new TeamStanding(1, "green", "Green Team", Score.Zero, 0),
                new TeamStanding(1, "red", "Red Runners", Score.Zero, 0),
            ],
            snapshot.Teams);
    }
}
