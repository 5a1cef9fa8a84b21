using System.Collections.Concurrent;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Challenges.Club;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>
/// Thousands of logs land at once, many of them retried, and the leaderboard still ends exact: every
/// athlete's and every team's score equals the sum of the distinct runs acknowledged.
/// </summary>
public sealed class ChallengeBurstTests(PlatformFixture fixture)
{
    private const int Athletes = 200, Teams = 10, RunsPerAthlete = 12, Concurrency = 64;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_concurrent_burst_with_retries_ends_with_exact_scores()
    {
        using var club = await Club.CreateAsync(fixture.Platform, requestsPerMinute: 1_000_000);
        await club.CreateChallengeAsync(Challenge("burst", "distanceKm"));
        await club.AddTeamsAsync("burst", [.. Enumerable.Range(0, Teams).Select(TeamOf)]);
        var athletes = Enumerable.Range(0, Athletes).Select(i => $"a{i:D3}").ToList();
        await club.AddAthletesAsync(athletes);
        await Parallel.ForEachAsync(athletes.Select((a, i) => (a, i)), Options, async (athlete, _) => await club.JoinAsync("burst", TeamOf(athlete.i), athlete.a));

        // 2,400 distinct runs in hundredths of a km, plus every third one sent again (a client retry).
        var random = new Random(7);
        var runs = athletes.SelectMany(a => Enumerable.Range(0, RunsPerAthlete).Select(r =>
            (Athlete: a, Id: $"{a}-r{r}", Day: TestDates.DaysAgo(random.Next(0, 15)), Km: random.Next(100, 2500) / 100m))).ToList();
        var sends = runs.Concat(runs.Where((_, i) => i % 3 == 0)).OrderBy(_ => random.Next()).ToList();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(sends, Options, async (run, _) =>
        {
            using var response = await club.LogRunAsync(run.Athlete, run.Id, run.Day, (double)run.Km);
            statuses.Add(response.StatusCode);
        });

        var expectedByAthlete = runs.GroupBy(r => r.Athlete).ToDictionary(g => g.Key, g => g.Sum(r => r.Km));
        var expectedByTeam = athletes.Select((a, i) => (Team: TeamOf(i), Km: expectedByAthlete[a])).GroupBy(t => t.Team).ToDictionary(g => g.Key, g => g.Sum(t => t.Km));
        var board = await club.LeaderboardWhenAsync("burst", b => expectedByTeam.All(t => TeamScore(b, t.Key) == t.Value));
        var standings = new ConcurrentDictionary<string, decimal>();
        await Parallel.ForEachAsync(athletes, Options, async (athlete, token) =>
            standings[athlete] = (await club.Client.GetFromJsonAsync<JsonElement>($"{club.Challenges}/burst/athletes/{athlete}", token)).GetProperty("score").GetDecimal());

        Assert.Equal(runs.Count, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(sends.Count - runs.Count, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(expectedByTeam.OrderBy(t => t.Key), Enumerable.Range(0, Teams).Select(TeamOf).Select(t => KeyValuePair.Create(t, TeamScore(board, t))));
        Assert.Equal(Athletes, board.GetProperty("participants").GetInt32());
        Assert.Equal(expectedByAthlete.OrderBy(a => a.Key), standings.OrderBy(a => a.Key));
    }

    private static ParallelOptions Options => new() { MaxDegreeOfParallelism = Concurrency, CancellationToken = Cancel };

    private static string TeamOf(int index) => $"team-{index % Teams}";
}
