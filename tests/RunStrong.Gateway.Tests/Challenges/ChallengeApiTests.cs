using System.Text.Json;
using static RunStrong.Gateway.Tests.Challenges.Club;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>The challenge API's contract: creation, teams, membership, reads, and a clear error for every bad request.</summary>
public sealed class ChallengeApiTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_club_creates_a_challenge_once_and_reads_it_back_with_its_teams()
    {
        using var club = await Club.CreateAsync(fixture.Platform);

        using var created = await club.Client.PostAsJsonAsync(club.Challenges, Challenge("spring", "points", dailyCap: 80, teamScore: "average"), Cancel);
        using var again = await club.Client.PostAsJsonAsync(club.Challenges, Challenge("spring", "points", dailyCap: 80, teamScore: "average"), Cancel);
        using var clash = await club.Client.PostAsJsonAsync(club.Challenges, Challenge("spring", "distanceKm"), Cancel);
        using var team = await club.Client.PostAsJsonAsync($"{club.Challenges}/spring/teams", new { id = "red", name = "Red Rockets" }, Cancel);
        using var teamAgain = await club.Client.PostAsJsonAsync($"{club.Challenges}/spring/teams", new { id = "red", name = "Red Rockets" }, Cancel);
        using var teamClash = await club.Client.PostAsJsonAsync($"{club.Challenges}/spring/teams", new { id = "red", name = "Blue" }, Cancel);
        var read = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Challenges}/spring", Cancel);
        var list = await club.Client.GetFromJsonAsync<JsonElement>(club.Challenges, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{club.Challenges}/spring", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await AssertProblemAsync(clash, HttpStatusCode.Conflict);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (team.StatusCode, teamAgain.StatusCode));
        await AssertProblemAsync(teamClash, HttpStatusCode.Conflict);
        Assert.Equal(("points", 80m, "absolute", "average", "points"), (
            read.GetProperty("metric").GetString(), read.GetProperty("dailyCap").GetDecimal(), read.GetProperty("scoring").GetString(),
            read.GetProperty("teamScore").GetString(), read.GetProperty("unit").GetString()));
        Assert.Equal(["Red Rockets"], read.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["spring"], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Bad_challenges_and_teams_are_refused_naming_every_field_and_nothing_is_created()
    {
        using var club = await Club.CreateAsync(fixture.Platform);

        using var empty = await club.Client.PostAsJsonAsync(club.Challenges, new { }, Cancel);
        using var bad = await club.Client.PostAsJsonAsync(club.Challenges, new
        {
            id = "no spaces", name = " ", startsOn = TestDates.Iso(TestDates.Today), endsOn = TestDates.Iso(TestDates.DaysAgo(1)),
            metric = "steps", scoring = "vibes", teamScore = "max",
        }, Cancel);
        using var capForProtein = await club.Client.PostAsJsonAsync(club.Challenges, Challenge("p", "proteinDays", dailyCap: 1), Cancel);
        using var tooLong = await club.Client.PostAsJsonAsync(club.Challenges, Challenge("long", "distanceKm", startedDaysAgo: 10, endsInDays: 400), Cancel);
        using var badJson = await club.Client.PostAsync(club.Challenges, new StringContent("{\"id\": ", System.Text.Encoding.UTF8, "application/json"), Cancel);
        await club.CreateChallengeAsync(Challenge("ok", "distanceKm"));
        using var badTeam = await club.Client.PostAsJsonAsync($"{club.Challenges}/ok/teams", new { id = "a/b", name = "" }, Cancel);
        using var teamOfNothing = await club.Client.PostAsJsonAsync($"{club.Challenges}/nope/teams", new { id = "red", name = "Red" }, Cancel);
        var list = await club.Client.GetFromJsonAsync<JsonElement>(club.Challenges, Cancel);
        var ok = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Challenges}/ok", Cancel);

        Assert.Equal(["endsOn", "id", "metric", "name", "startsOn"], ErrorFields(await AssertProblemAsync(empty, HttpStatusCode.BadRequest)).Order(StringComparer.Ordinal));
        Assert.Equal(["endsOn", "id", "metric", "name", "scoring", "teamScore"], ErrorFields(await AssertProblemAsync(bad, HttpStatusCode.BadRequest)).Order(StringComparer.Ordinal));
        Assert.Equal(["dailyCap"], ErrorFields(await AssertProblemAsync(capForProtein, HttpStatusCode.BadRequest)));
        Assert.Equal(["endsOn"], ErrorFields(await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest)));
        await AssertProblemAsync(badJson, HttpStatusCode.BadRequest);
        Assert.Equal(["id", "name"], ErrorFields(await AssertProblemAsync(badTeam, HttpStatusCode.BadRequest)).Order(StringComparer.Ordinal));
        await AssertProblemAsync(teamOfNothing, HttpStatusCode.NotFound);
        Assert.Equal(["ok"], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Empty(ok.GetProperty("teams").EnumerateArray());
    }

    [Fact]
    public async Task Membership_needs_an_existing_challenge_team_and_athlete()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("c", "distanceKm"));
        await club.AddTeamsAsync("c", "red");
        await club.AddAthletesAsync(["ana"]);

        using var noChallenge = await club.Client.PutAsync($"{club.Challenges}/nope/teams/red/members/ana", null, Cancel);
        using var noTeam = await club.Client.PutAsync($"{club.Challenges}/c/teams/blue/members/ana", null, Cancel);
        using var noAthlete = await club.Client.PutAsync($"{club.Challenges}/c/teams/red/members/zoe", null, Cancel);
        using var badIds = await club.Client.PutAsync($"{club.Challenges}/c!/teams/r*d/members/an@", null, Cancel);
        using var joined = await club.Client.PutAsync($"{club.Challenges}/c/teams/red/members/ana", null, Cancel);
        using var joinedAgain = await club.Client.PutAsync($"{club.Challenges}/c/teams/red/members/ana", null, Cancel);
        var board = await club.LeaderboardWhenAsync("c", b => b.GetProperty("participants").GetInt32() == 1);

        await AssertProblemAsync(noChallenge, HttpStatusCode.NotFound);
        await AssertProblemAsync(noTeam, HttpStatusCode.NotFound);
        await AssertProblemAsync(noAthlete, HttpStatusCode.NotFound);
        Assert.Equal(["athleteId", "challengeId", "teamId"], ErrorFields(await AssertProblemAsync(badIds, HttpStatusCode.BadRequest)).Order(StringComparer.Ordinal));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (joined.StatusCode, joinedAgain.StatusCode));
        Assert.Equal((1, 0m), (board.GetProperty("participants").GetInt32(), AthleteScore(board, "ana")));
    }

    [Fact]
    public async Task Leaderboard_page_size_is_capped_and_unknown_challenges_are_404()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("c", "distanceKm"));
        await club.AddTeamsAsync("c", "a", "b", "c");

        var one = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Challenges}/c/leaderboard?top=1", Cancel);
        var byDefault = await club.Client.GetFromJsonAsync<JsonElement>($"{club.Challenges}/c/leaderboard", Cancel);
        using var zero = await club.Client.GetAsync($"{club.Challenges}/c/leaderboard?top=0", Cancel);
        using var tooMany = await club.Client.GetAsync($"{club.Challenges}/c/leaderboard?top=101", Cancel);
        using var notNumber = await club.Client.GetAsync($"{club.Challenges}/c/leaderboard?top=ten", Cancel);
        using var unknown = await club.Client.GetAsync($"{club.Challenges}/nope/leaderboard", Cancel);
        using var unknownChallenge = await club.Client.GetAsync($"{club.Challenges}/nope", Cancel);

        Assert.Single(one.GetProperty("teams").EnumerateArray());
        Assert.Equal(3, byDefault.GetProperty("teams").GetArrayLength());
        foreach (var response in new[] { zero, tooMany, notNumber })
        {
            Assert.Equal(["top"], ErrorFields(await AssertProblemAsync(response, HttpStatusCode.BadRequest)));
        }

        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        await AssertProblemAsync(unknownChallenge, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Challenges_belong_to_clubs_and_to_one_club()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("mine", "distanceKm"));
        var gym = await fixture.Platform.CreateTenantAsync("gym");
        using var gymClient = fixture.Platform.TenantClient(gym.ApiKey);
        using var other = await Club.CreateAsync(fixture.Platform);

        using var fromGym = await gymClient.PostAsJsonAsync($"/api/t/{gym.Id}/challenges", Challenge("x", "distanceKm"), Cancel);
        using var fromOtherClub = await other.Client.GetAsync($"{club.Challenges}/mine/leaderboard", Cancel);
        using var sameIdElsewhere = await other.Client.GetAsync($"{other.Challenges}/mine", Cancel);

        await AssertProblemAsync(fromGym, HttpStatusCode.Forbidden);
        await AssertProblemAsync(fromOtherClub, HttpStatusCode.NotFound);
        await AssertProblemAsync(sameIdElsewhere, HttpStatusCode.NotFound);
    }
}
