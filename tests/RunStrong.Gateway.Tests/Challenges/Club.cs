using System.Diagnostics;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>A fresh club tenant for one test, with helpers for its challenges, teams and athletes.</summary>
internal sealed class Club : IDisposable
{
    private Club(TestTenant tenant, HttpClient client)
    {
        Tenant = tenant;
        Client = client;
    }

    public TestTenant Tenant { get; }

    public HttpClient Client { get; }

    public string Challenges => $"/api/t/{Tenant.Id}/challenges";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A new club; <paramref name="requestsPerMinute"/> raises its rate limit for bursts.</summary>
    public static async Task<Club> CreateAsync(InProcessPlatform platform, int? requestsPerMinute = null)
    {
        var tenant = await platform.CreateTenantAsync("club");
        if (requestsPerMinute is { } rate)
        {
            using var admin = platform.AdminClient();
            (await admin.PutAsJsonAsync($"/api/admin/tenants/{tenant.Id}/limits", new { requestsPerMinute = rate, burst = rate }, Cancel)).EnsureSuccessStatusCode();
        }

        var client = platform.TenantClient(tenant.ApiKey);
        client.Timeout = TimeSpan.FromSeconds(60);
        return new Club(tenant, client);
    }

    public static object Challenge(string id, string metric, int startedDaysAgo = 20, int endsInDays = 10, double? dailyCap = null, string? scoring = null, string? teamScore = null) =>
        new
        {
            id,
            name = $"Challenge {id}",
            startsOn = TestDates.Iso(TestDates.DaysAgo(startedDaysAgo)),
            endsOn = TestDates.Iso(TestDates.Today.AddDays(endsInDays)),
            metric,
            dailyCap,
            scoring,
            teamScore,
        };

    public async Task CreateChallengeAsync(object challenge)
    {
        using var response = await Client.PostAsJsonAsync(Challenges, challenge, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task AddTeamsAsync(string challengeId, params string[] teamIds)
    {
        foreach (var teamId in teamIds)
        {
            using var response = await Client.PostAsJsonAsync($"{Challenges}/{challengeId}/teams", new { id = teamId, name = $"Team {teamId}" }, Cancel);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    /// <summary>Creates athletes with a profile (64.5 kg unless told).</summary>
    public async Task AddAthletesAsync(IEnumerable<string> athleteIds, double weightKg = 64.5) =>
        await Parallel.ForEachAsync(athleteIds, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Cancel }, async (athleteId, token) =>
        {
            using var response = await Client.PutAsJsonAsync(Tenant.AthletePath(athleteId), Profile(weightKg), token);
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(token)}");
        });

    public async Task JoinAsync(string challengeId, string teamId, string athleteId)
    {
        using var response = await Client.PutAsync($"{Challenges}/{challengeId}/teams/{teamId}/members/{athleteId}", null, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
    }

    public async Task<HttpResponseMessage> LogRunAsync(string athleteId, string runId, DateOnly day, double distanceKm, string kind = "easy") =>
        await Client.PostAsJsonAsync($"{Tenant.AthletePath(athleteId)}/runs", RunOf(runId, day, distanceKm, kind), Cancel);

    /// <summary>A run at a plausible 6 min/km, whatever its distance.</summary>
    public static object RunOf(string runId, DateOnly day, double distanceKm, string kind = "easy") =>
        new { id = runId, startedAt = TestDates.MorningOf(day), distanceKm, durationMin = Math.Round(distanceKm * 6, 2), kind };

    public async Task<JsonElement> LeaderboardAsync(string challengeId, int top = 100) =>
        await Client.GetFromJsonAsync<JsonElement>($"{Challenges}/{challengeId}/leaderboard?top={top}", Cancel);

    /// <summary>Polls the leaderboard until <paramref name="done"/> holds (or 15 s pass) and returns the last one read.</summary>
    public async Task<JsonElement> LeaderboardWhenAsync(string challengeId, Func<JsonElement, bool> done, int top = 100)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var board = await LeaderboardAsync(challengeId, top);
            if (done(board) || clock.Elapsed > TimeSpan.FromSeconds(15))
            {
                return board;
            }

            await Task.Delay(50, Cancel);
        }
    }

    public static decimal AthleteScore(JsonElement board, string athleteId) =>
        board.GetProperty("athletes").EnumerateArray().Where(a => a.GetProperty("athleteId").GetString() == athleteId)
            .Select(a => a.GetProperty("score").GetDecimal()).DefaultIfEmpty(-1).Single();

    public static decimal TeamScore(JsonElement board, string teamId) =>
        board.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("id").GetString() == teamId).GetProperty("score").GetDecimal();

    public static int TeamMembers(JsonElement board, string teamId) =>
        board.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("id").GetString() == teamId).GetProperty("members").GetInt32();

    public void Dispose() => Client.Dispose();
}
