using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.Silo.LiveLeaderboards;
using static RunStrong.Gateway.Tests.Challenges.Club;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>
/// The live leaderboard through the real gateway: the current page at once, a newer one soon after a logged run,
/// keep-alives, <c>Last-Event-ID</c>, the per-silo bound, load shedding leaving streams alone, and a vanished client
/// freeing its place in the silo's hub.
/// </summary>
public sealed class LiveLeaderboardTests(LivePlatformFixture fixture) : IClassFixture<LivePlatformFixture>
{
    /// <summary>Documented freshness is about 300 ms after the acknowledgement; this leaves room for a loaded test machine.</summary>
    private static readonly TimeSpan EventBound = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InProcessPlatform Platform => fixture.Platform;

    private LiveLeaderboardHub Hub => Platform.SiloServices.GetRequiredService<LiveLeaderboardHub>();

    [Fact]
    public async Task The_current_leaderboard_comes_at_once_and_a_logged_run_brings_a_newer_one()
    {
        using var club = await ClubWithMemberAsync("c");
        var events = $"{club.Challenges}/c/leaderboard/events?top=10";

        using var stream = await EventStreamReader.OpenAsync(club.Client, events);
        var retry = await stream.NextAsync(EventBound);
        var first = await stream.NextEventAsync(EventBound);
        using var read = await club.Client.GetAsync($"{club.Challenges}/c/leaderboard?top=10", Cancel);
        var readBody = await read.Content.ReadAsStringAsync(Cancel);
        using var logged = await club.LogRunAsync("ana", "live-1", TestDates.DaysAgo(1), 12.5);
        var next = await stream.NextEventAsync(EventBound);

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.True(stream.Response.Headers.CacheControl?.NoCache, "Cache-Control: no-cache");
        Assert.Equal(["no"], stream.Response.Headers.GetValues("X-Accel-Buffering"));
        Assert.Equal("2000", retry?.Retry);
        Assert.Equal("leaderboard", first.Event);
        Assert.Equal(first.Json.GetProperty("version").GetInt64(), first.Version);
        // The same snapshot read both ways is the same document, byte for byte.
        Assert.Equal(readBody, first.Data);
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.True(next.Version > first.Version, $"version {next.Version} after {first.Version}");
        Assert.Equal(12.5m, AthleteScore(next.Json, "ana"));
    }

    [Fact]
    public async Task A_client_that_has_the_current_version_is_not_sent_it_again_but_hears_keep_alives_and_the_next_one()
    {
        using var club = await ClubWithMemberAsync("c");
        var current = (await club.LeaderboardAsync("c", 10)).GetProperty("version").GetInt64();

        using var stream = await EventStreamReader.OpenAsync(club.Client, $"{club.Challenges}/c/leaderboard/events?top=10", $"{current}");
        var retry = await stream.NextAsync(EventBound);
        var idle = await stream.NextAsync(EventBound);
        using var logged = await club.LogRunAsync("ana", "live-2", TestDates.DaysAgo(1), 7);
        var next = await stream.NextEventAsync(EventBound);

        Assert.Equal("2000", retry?.Retry);
        Assert.Equal(("keep-alive", null), (idle?.Comment, idle?.Event));
        Assert.True(next.Version > current, $"version {next.Version} after {current}");
        Assert.Equal(7m, AthleteScore(next.Json, "ana"));
    }

    [Fact]
    public async Task Streams_are_bounded_per_silo_and_never_count_as_requests_in_flight_at_the_gateway()
    {
        using var club = await ClubWithMemberAsync("c");
        var events = $"{club.Challenges}/c/leaderboard/events";
        var streams = new List<EventStreamReader>();
        try
        {
            for (var i = 0; i < LivePlatformFixture.MaxStreams; i++)
            {
                streams.Add(await EventStreamReader.OpenAsync(club.Client, events));
                await streams[^1].NextEventAsync(EventBound);
            }

            using var beyond = await club.Client.GetAsync(events, Cancel);
            // More streams are open than the gateway admits requests in flight: ordinary requests still pass.
            var reads = await Task.WhenAll(Enumerable.Range(0, LivePlatformFixture.MaxConcurrentRequests).Select(_ => club.Client.GetAsync($"{club.Challenges}/c", Cancel)));

            Assert.Equal((LivePlatformFixture.MaxStreams, 1), (Hub.OpenStreams, Hub.WatchedChallenges));
            await AssertProblemAsync(beyond, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("5", beyond.Headers.RetryAfter?.ToString());
            Assert.All(reads, read => Assert.Equal(HttpStatusCode.OK, read.StatusCode));
            foreach (var read in reads)
            {
                read.Dispose();
            }
        }
        finally
        {
            streams.ForEach(stream => stream.Dispose());
        }

        await AssertHubEmptiesAsync();
    }

    [Fact]
    public async Task A_client_that_goes_away_frees_its_subscription_and_the_challenges_loop()
    {
        using var club = await ClubWithMemberAsync("c");

        using (var stream = await EventStreamReader.OpenAsync(club.Client, $"{club.Challenges}/c/leaderboard/events"))
        {
            await stream.NextEventAsync(EventBound);
            Assert.Equal((1, 1), (Hub.OpenStreams, Hub.WatchedChallenges));
        }

        await AssertHubEmptiesAsync();
    }

    /// <summary>A club with challenge <paramref name="challengeId"/>, team "red" and athlete "ana" in it, on the leaderboard already.</summary>
    private async Task<Club> ClubWithMemberAsync(string challengeId)
    {
        // Tests of this class run one at a time, and each ends with the hub empty: every count is this test's own.
        await AssertHubEmptiesAsync();
        var club = await Club.CreateAsync(Platform);
        await club.CreateChallengeAsync(Challenge(challengeId, "distanceKm"));
        await club.AddTeamsAsync(challengeId, "red");
        await club.AddAthletesAsync(["ana"]);
        await club.JoinAsync(challengeId, "red", "ana");
        var board = await club.LeaderboardWhenAsync(challengeId, b => b.GetProperty("participants").GetInt32() == 1);
        Assert.Equal(1, board.GetProperty("participants").GetInt32());
        return club;
    }

    /// <summary>The silo notices a client gone when its connection closes: within a bound, not at once.</summary>
    private async Task AssertHubEmptiesAsync()
    {
        var clock = Stopwatch.StartNew();
        while ((Hub.OpenStreams, Hub.WatchedChallenges) != (0, 0) && clock.Elapsed < EventBound)
        {
            await Task.Delay(50, Cancel);
        }

        Assert.Equal((0, 0), (Hub.OpenStreams, Hub.WatchedChallenges));
    }
}
