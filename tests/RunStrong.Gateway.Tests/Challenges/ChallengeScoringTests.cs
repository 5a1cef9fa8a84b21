using System.Text.Json;
using static RunStrong.Gateway.Tests.Challenges.Club;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>
/// Scores flow from what athletes log to the leaderboard through the real silo, shards and storage:
/// dates, idempotency, edits, deletions, team changes, caps.
/// </summary>
public sealed class ChallengeScoringTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_runs_inside_the_challenge_dates_count_and_a_repeated_run_counts_once()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("km", "distanceKm", startedDaysAgo: 20, endsInDays: 10));
        await club.AddTeamsAsync("km", "red");
        await club.AddAthletesAsync(["ana"]);

        // Logged before joining: activity inside the dates counts whenever the athlete joins.
        (await club.LogRunAsync("ana", "r1", TestDates.DaysAgo(5), 10.25)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("ana", "r-before", TestDates.DaysAgo(21), 30)).EnsureSuccessStatusCode();
        await club.JoinAsync("km", "red", "ana");
        (await club.LogRunAsync("ana", "r2", TestDates.DaysAgo(20), 5.5)).EnsureSuccessStatusCode();
        using var repeated = await club.LogRunAsync("ana", "r2", TestDates.DaysAgo(20), 5.5);

        var board = await club.LeaderboardWhenAsync("km", b => AthleteScore(b, "ana") == 15.75m);

        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.Equal(15.75m, AthleteScore(board, "ana"));
        Assert.Equal(15.75m, TeamScore(board, "red"));
        Assert.Equal("km", board.GetProperty("unit").GetString());
        Assert.Equal(1, board.GetProperty("participants").GetInt32());
    }

    [Fact]
    public async Task Editing_or_deleting_a_run_corrects_the_score()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("edit", "distanceKm"));
        await club.AddTeamsAsync("edit", "red");
        await club.AddAthletesAsync(["ana"]);
        await club.JoinAsync("edit", "red", "ana");
        (await club.LogRunAsync("ana", "r1", TestDates.DaysAgo(3), 42)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("ana", "r2", TestDates.DaysAgo(2), 8)).EnsureSuccessStatusCode();
        await club.LeaderboardWhenAsync("edit", b => AthleteScore(b, "ana") == 50m);

        // The 42 km was a typo for 4.2 km; the 8 km was logged twice by two apps.
        using var edited = await club.Client.PutAsJsonAsync(
            $"{club.Tenant.AthletePath("ana")}/runs/r1", RunOf("r1", TestDates.DaysAgo(3), 4.2), Cancel);
        var afterEdit = await club.LeaderboardWhenAsync("edit", b => AthleteScore(b, "ana") == 12.2m);
        using var deleted = await club.Client.DeleteAsync($"{club.Tenant.AthletePath("ana")}/runs/r2", Cancel);
        var afterDelete = await club.LeaderboardWhenAsync("edit", b => AthleteScore(b, "ana") == 4.2m);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(12.2m, AthleteScore(afterEdit, "ana"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(4.2m, AthleteScore(afterDelete, "ana"));
        Assert.Equal(4.2m, TeamScore(afterDelete, "red"));
    }

    [Fact]
    public async Task An_athlete_is_in_one_team_per_challenge_and_takes_their_score_along_when_moving()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("move", "distanceKm"));
        await club.AddTeamsAsync("move", "red", "blue");
        await club.AddAthletesAsync(["ana", "ben"]);
        (await club.LogRunAsync("ana", "a1", TestDates.DaysAgo(4), 10)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("ben", "b1", TestDates.DaysAgo(4), 7)).EnsureSuccessStatusCode();
        await club.JoinAsync("move", "red", "ana");
        await club.JoinAsync("move", "red", "ben");
        var before = await club.LeaderboardWhenAsync("move", b => TeamScore(b, "red") == 17m);

        await club.JoinAsync("move", "blue", "ana");
        var moved = await club.LeaderboardWhenAsync("move", b => TeamScore(b, "blue") == 10m && TeamScore(b, "red") == 7m);
        using var leave = await club.Client.DeleteAsync($"{club.Challenges}/move/teams/red/members/ben", Cancel);
        using var leaveAgain = await club.Client.DeleteAsync($"{club.Challenges}/move/teams/red/members/ben", Cancel);
        var left = await club.LeaderboardWhenAsync("move", b => b.GetProperty("participants").GetInt32() == 1);

        Assert.Equal((17m, 2, 0m), (TeamScore(before, "red"), TeamMembers(before, "red"), TeamScore(before, "blue")));
        Assert.Equal((7m, 1, 10m, 1), (TeamScore(moved, "red"), TeamMembers(moved, "red"), TeamScore(moved, "blue"), TeamMembers(moved, "blue")));
        Assert.Equal(2, moved.GetProperty("participants").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, leave.StatusCode);
        await Requests.AssertProblemAsync(leaveAgain, HttpStatusCode.NotFound);
        Assert.Equal((0m, 0), (TeamScore(left, "red"), TeamMembers(left, "red")));
        Assert.Equal(-1m, AthleteScore(left, "ben"));
    }

    [Fact]
    public async Task A_daily_cap_blunts_a_mega_run_and_ranks_share_ties()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("capped", "distanceKm", dailyCap: 30));
        await club.AddTeamsAsync("capped", "red", "blue");
        await club.AddAthletesAsync(["ana", "ben", "cat"]);
        await club.JoinAsync("capped", "red", "ana");
        await club.JoinAsync("capped", "blue", "ben");
        await club.JoinAsync("capped", "blue", "cat");
        (await club.LogRunAsync("ana", "mega", TestDates.DaysAgo(3), 120)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("ben", "b1", TestDates.DaysAgo(3), 20)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("ben", "b2", TestDates.DaysAgo(3), 15)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("cat", "c1", TestDates.DaysAgo(3), 12)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("cat", "c2", TestDates.DaysAgo(2), 18)).EnsureSuccessStatusCode();

        var board = await club.LeaderboardWhenAsync("capped", b => TeamScore(b, "blue") == 60m && AthleteScore(b, "ana") == 30m);
        var ranks = board.GetProperty("athletes").EnumerateArray()
            .Select(a => (a.GetProperty("rank").GetInt32(), a.GetProperty("athleteId").GetString(), a.GetProperty("score").GetDecimal())).ToList();

        Assert.Equal([(1, "ana", 30m), (1, "ben", 30m), (1, "cat", 30m)], ranks);
        Assert.Equal(["blue", "red"], board.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_athlete_reads_their_own_rank_and_score_with_their_teams()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("own", "legSessions", teamScore: "average"));
        await club.AddTeamsAsync("own", "red", "blue");
        await club.AddAthletesAsync(["ana", "ben", "cat"]);
        foreach (var (athlete, teamId) in new[] { ("ana", "red"), ("ben", "red"), ("cat", "blue") })
        {
            await club.JoinAsync("own", teamId, athlete);
        }

        await LogLegSessionAsync(club, "ana", "s1", 3);
        await LogLegSessionAsync(club, "ana", "s2", 2);
        await LogLegSessionAsync(club, "cat", "s3", 2);
        await club.LeaderboardWhenAsync("own", b => AthleteScore(b, "ana") == 2m && AthleteScore(b, "cat") == 1m);

        var ana = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Challenges}/own/athletes/ana", Cancel);
        var ben = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Challenges}/own/athletes/ben", Cancel);
        using var stranger = await club.Client.GetAsync($"{club.Challenges}/own/athletes/zoe", Cancel);

        Assert.Equal((1, 2m, "red", 3), (ana.GetProperty("rank").GetInt32(), ana.GetProperty("score").GetDecimal(), ana.GetProperty("teamId").GetString(), ana.GetProperty("participants").GetInt32()));
        Assert.Equal("sessions", ana.GetProperty("unit").GetString());
        Assert.Equal((3, 0m), (ben.GetProperty("rank").GetInt32(), ben.GetProperty("score").GetDecimal()));

        // Team average: red (2 + 0) / 2 = 1, blue 1 / 1 = 1: a tie, ordered by id.
        var team = ana.GetProperty("team");
        Assert.Equal((1, "red", 1m, 2), (team.GetProperty("rank").GetInt32(), team.GetProperty("id").GetString(), team.GetProperty("score").GetDecimal(), team.GetProperty("members").GetInt32()));
        await Requests.AssertProblemAsync(stranger, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Relative_scoring_measures_progress_against_the_athletes_previous_four_weeks()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.AddAthletesAsync(["ana", "ben"]);

        // Baseline weeks: ana ran 20 km a week (80 km in the 28 days before the start); ben nothing (floor 10 km/week).
        for (var week = 0; week < 4; week++)
        {
            (await club.LogRunAsync("ana", $"base-{week}", TestDates.DaysAgo(8 + (week * 7)), 20)).EnsureSuccessStatusCode();
        }

        // A 14-day challenge that started 7 days ago: expected = 2 weeks x baseline.
        await club.CreateChallengeAsync(Challenge("rel", "distanceKm", startedDaysAgo: 7, endsInDays: 6, scoring: "relativeToBaseline"));
        await club.AddTeamsAsync("rel", "red");
        await club.JoinAsync("rel", "red", "ana");
        await club.JoinAsync("rel", "red", "ben");
        (await club.LogRunAsync("ana", "a1", TestDates.DaysAgo(3), 30)).EnsureSuccessStatusCode();
        (await club.LogRunAsync("ben", "b1", TestDates.DaysAgo(3), 15)).EnsureSuccessStatusCode();

        // ana: 30 / (20 x 2) = 75 %; ben: 15 / (10 x 2) = 75 %.
        var board = await club.LeaderboardWhenAsync("rel", b => AthleteScore(b, "ana") == 75m && AthleteScore(b, "ben") == 75m);

        Assert.Equal((75m, 75m), (AthleteScore(board, "ana"), AthleteScore(board, "ben")));
        Assert.Equal("percent", board.GetProperty("unit").GetString());
    }

    private static async Task LogLegSessionAsync(Club club, string athleteId, string id, int daysAgo)
    {
        using var response = await club.Client.PostAsJsonAsync($"{club.Tenant.AthletePath(athleteId)}/strength-sessions", new
        {
            id,
            startedAt = TestDates.MorningOf(TestDates.DaysAgo(daysAgo)),
            durationMin = 45,
            exercises = new[] { new { name = "back squat", muscleGroups = new[] { "quads", "glutes" }, sets = 4, reps = 8, loadKg = 60 } },
        }, Cancel);
        response.EnsureSuccessStatusCode();
    }
}
