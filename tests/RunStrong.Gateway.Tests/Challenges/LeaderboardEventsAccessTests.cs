using System.Diagnostics;
using RunStrong.Gateway.Tests.Security;
using static RunStrong.Gateway.Tests.Challenges.Club;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>
/// Who may open a live leaderboard, as for the leaderboard itself: staff, and an athlete key only for a challenge the
/// athlete is in; a gym never. And each stream ends by itself (here after <see cref="PlatformFixture.StreamLifetime"/>).
/// </summary>
public sealed class LeaderboardEventsAccessTests(PlatformFixture fixture)
{
    private static readonly TimeSpan EventBound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_athlete_key_streams_only_a_challenge_its_athlete_is_in()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("in", "distanceKm"));
        await club.CreateChallengeAsync(Challenge("out", "distanceKm"));
        await club.AddTeamsAsync("in", "red");
        await club.AddTeamsAsync("out", "blue");
        await club.AddAthletesAsync(["ana", "bo"]);
        await club.JoinAsync("in", "red", "ana");
        await club.JoinAsync("out", "blue", "bo");
        var (_, key) = await OwnedAthlete.IssueAthleteKeyAsync(club.Client, club.Tenant.AthletePath("ana"));
        using var ana = fixture.Platform.TenantClient(key);

        using var stream = await EventStreamReader.OpenAsync(ana, $"{club.Challenges}/in/leaderboard/events");
        var first = await stream.NextEventAsync(EventBound);
        using var notIn = await ana.GetAsync($"{club.Challenges}/out/leaderboard/events", Cancel);
        using var unknown = await ana.GetAsync($"{club.Challenges}/nope/leaderboard/events", Cancel);
        using var unknownForStaff = await club.Client.GetAsync($"{club.Challenges}/nope/leaderboard/events", Cancel);
        using var badTop = await club.Client.GetAsync($"{club.Challenges}/in/leaderboard/events?top=101", Cancel);

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("in", first.Json.GetProperty("challengeId").GetString());
        await AssertProblemAsync(notIn, HttpStatusCode.NotFound);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        await AssertProblemAsync(unknownForStaff, HttpStatusCode.NotFound);
        Assert.Equal(["top"], ErrorFields(await AssertProblemAsync(badTop, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_gym_gets_403()
    {
        var gym = await fixture.Platform.CreateTenantAsync("gym");
        using var client = fixture.Platform.TenantClient(gym.ApiKey);

        using var response = await client.GetAsync($"/api/t/{gym.Id}/challenges/c/leaderboard/events", Cancel);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stream_ends_itself_after_its_lifetime_so_the_browser_reconnects_and_is_authorized_again()
    {
        using var club = await Club.CreateAsync(fixture.Platform);
        await club.CreateChallengeAsync(Challenge("c", "distanceKm"));
        var lifetime = TimeSpan.Parse(PlatformFixture.StreamLifetime, System.Globalization.CultureInfo.InvariantCulture);

        var clock = Stopwatch.StartNew();
        using var stream = await EventStreamReader.OpenAsync(club.Client, $"{club.Challenges}/c/leaderboard/events");
        await stream.NextEventAsync(EventBound);
        while (await stream.NextAsync(EventBound) is not null)
        {
        }

        Assert.InRange(clock.Elapsed, lifetime - TimeSpan.FromMilliseconds(100), EventBound);
    }
}
