using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RunStrong.Gateway.Tests.Challenges;
using RunStrong.Gateway.Tests.Metrics;
using RunStrong.Testing.Metrics;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Deploy;

/// <summary>
/// Traffic that makes every instrument the ops rules and dashboard read record something (an instrument is in
/// <c>/metrics</c> only once it has): tenant requests with a 404, a small import, a challenge with a run that
/// reaches the leaderboard, a live leaderboard stream and a tenant pushed past its burst (429). Then the scrapes.
/// </summary>
internal sealed class MetricsTraffic(InProcessPlatform platform)
{
    private const string MemberHeader = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async Task RunAsync()
    {
        var gym = await platform.CreateTenantAsync("gym");
        using var client = platform.TenantClient(gym.ApiKey);
        var athlete = gym.AthletePath($"ops-{Guid.NewGuid():N}"[..24]);
        (await client.PutAsJsonAsync(athlete, Profile(), Cancel)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"{athlete}/runs", Run("r-1"), Cancel)).StatusCode);
        (await client.GetAsync($"{athlete}/recommendations", Cancel)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(gym.AthletePath("nobody-here"), Cancel)).StatusCode);

        // One valid and one invalid row: created and failed outcomes, and a job that was active.
        var member = $"om-{Guid.NewGuid():N}"[..24];
        await ImportAsync(client, gym, $"{MemberHeader}\n{member},Ana,Lopez,,female,1990,168,60,maintain\nom-bad,Cy,Ng,,robot,1990,170,65,maintain\n");

        using var club = await Club.CreateAsync(platform);
        var runner = $"oc-{Guid.NewGuid():N}"[..24];
        await club.CreateChallengeAsync(Club.Challenge("ops", "distanceKm"));
        await club.AddTeamsAsync("ops", "red");
        await club.AddAthletesAsync([runner]);
        await club.JoinAsync("ops", "red", runner);
        Assert.Equal(HttpStatusCode.Created, (await club.LogRunAsync(runner, "c-1", TestDates.DaysAgo(1), 5)).StatusCode);
        var board = await club.LeaderboardWhenAsync("ops", b => Club.AthleteScore(b, runner) > 0);
        Assert.Equal(5m, Club.AthleteScore(board, runner));

        // A live stream, read to its end (the shared platform ends streams after a second).
        using (var stream = await club.Client.GetAsync($"{club.Challenges}/ops/leaderboard/events?top=10", HttpCompletionOption.ResponseHeadersRead, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
            await stream.Content.ReadAsStringAsync(Cancel);
        }

        await RateLimitedAsync();
    }

    public async Task<Exposition> ScrapeGatewayAsync()
    {
        using var admin = platform.AdminClient();
        return await ScrapeAsync(admin);
    }

    public async Task<Exposition> ScrapeSiloAsync()
    {
        using var silo = platform.SiloPublic();
        return await ScrapeAsync(silo);
    }

    private static Task<Exposition> ScrapeAsync(HttpClient client) => MetricsScrape.ReadAsync(client, Cancel);

    /// <summary>A tenant with a burst of 2 sends 6 requests at once: the gateway's limiter refuses some (429).</summary>
    private async Task RateLimitedAsync()
    {
        var tenant = await platform.CreateTenantAsync();
        using (var admin = platform.AdminClient())
        {
            (await admin.PutAsJsonAsync($"/api/admin/tenants/{tenant.Id}/limits", new { requestsPerMinute = 60, burst = 2 }, Cancel)).EnsureSuccessStatusCode();
        }

        // The gateway picks up new limits when its cached key owner expires.
        await Task.Delay(TimeSpan.FromSeconds(PlatformFixture.KeyCacheSeconds + 0.2), Cancel);
        using var client = platform.TenantClient(tenant.ApiKey);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync(tenant.AthletePath("ana"), Cancel);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    private static async Task ImportAsync(HttpClient client, TestTenant gym, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var accepted = await client.PostAsync($"/api/t/{gym.Id}/imports", content, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(accepted.Headers.Location, Cancel);
            if (job.GetProperty("status").GetString() == "completed")
            {
                return;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Import still {job.GetProperty("status").GetString()} after 30 s.");
            await Task.Delay(100, Cancel);
        }
    }
}
