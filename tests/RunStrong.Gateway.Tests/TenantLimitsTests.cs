using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>Per-tenant limits at the gateway: rate (429 + Retry-After), body size (413), and route kinds (403).</summary>
public sealed class TenantLimitsTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tenant_past_its_burst_gets_429_with_retry_after_as_problem_json()
    {
        var tenant = await TenantWithLimitsAsync(new { requestsPerMinute = 60, burst = 5 });
        using var client = Platform.TenantClient(tenant.ApiKey);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++)
        {
            responses.Add(await client.GetAsync(tenant.AthletePath("ana"), Cancel));
        }

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        // Burst 5, refilled at one a second: 12 requests in well under a second leave at least 5 refused.
        Assert.InRange(limited.Count, 5, 7);
        Assert.True(limited[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        await AssertProblemAsync(limited[0], HttpStatusCode.TooManyRequests);
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task A_noisy_tenant_far_past_its_limit_does_not_slow_or_refuse_another_tenant()
    {
        var noisy = await TenantWithLimitsAsync(new { requestsPerMinute = 60, burst = 10 });
        var quiet = await Platform.CreateTenantAsync();
        using var noisyClient = Platform.TenantClient(noisy.ApiKey);
        using var quietClient = Platform.TenantClient(quiet.ApiKey);
        (await quietClient.PutAsJsonAsync(quiet.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var noisyStatuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var flood = Enumerable.Range(0, 16).Select(async _ =>
        {
            // Bounded: 16 loops for about 3 s, to loopback only.
            while (!stop.IsCancellationRequested)
            {
                using var response = await noisyClient.GetAsync(noisy.AthletePath("ana"), CancellationToken.None);
                noisyStatuses.Add(response.StatusCode);
            }
        }).ToList();

        var quietLatencies = new List<TimeSpan>();
        var quietFailures = new List<HttpStatusCode>();
        var until = DateTime.UtcNow.AddSeconds(3);
        while (DateTime.UtcNow < until)
        {
            var watch = Stopwatch.StartNew();
            using var response = await quietClient.GetAsync(quiet.AthletePath("ana"), Cancel);
            quietLatencies.Add(watch.Elapsed);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                quietFailures.Add(response.StatusCode);
            }

            // An ordinary tenant's pace (about 20 a second), well inside its own default budget.
            await Task.Delay(50, Cancel);
        }

        await stop.CancelAsync();
        await Task.WhenAll(flood);

        quietLatencies.Sort();
        var p99 = quietLatencies[(int)Math.Ceiling(quietLatencies.Count * 0.99) - 1];
        Assert.True(noisyStatuses.Count(s => s == HttpStatusCode.TooManyRequests) > noisyStatuses.Count / 2, "The noisy tenant was not limited.");
        Assert.True(quietFailures.Count == 0, $"{quietFailures.Count} of {quietLatencies.Count} quiet requests failed: {string.Join(", ", quietFailures.Distinct())}");
        Assert.True(p99 < TimeSpan.FromSeconds(1), $"The quiet tenant's p99 was {p99.TotalMilliseconds:F0} ms during the flood.");
    }

    [Fact]
    public async Task A_body_over_the_tenants_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var tenant = await TenantWithLimitsAsync(new { maxBodyBytes = 2048 });
        using var client = Platform.TenantClient(tenant.ApiKey);
        var padded = $"{{\"sex\":\"female\",\"birthYear\":1990,\"heightCm\":172,\"weightKg\":64.5,\"note\":\"{new string('x', 4096)}\"}}";
        using var content = new StringContent(padded, Encoding.UTF8, "application/json");

        using var response = await client.PutAsync(tenant.AthletePath("ana"), content, Cancel);
        using var read = await client.GetAsync(tenant.AthletePath("ana"), Cancel);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertProblemAsync(read, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Gym_only_routes_refuse_clubs_and_club_only_routes_refuse_gyms()
    {
        var gym = await Platform.CreateTenantAsync("gym");
        var club = await Platform.CreateTenantAsync("club");
        using var gymClient = Platform.TenantClient(gym.ApiKey);
        using var clubClient = Platform.TenantClient(club.ApiKey);
        using var csv = new StringContent("externalId,firstName\n1,Ana\n", Encoding.UTF8);
        csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var clubImport = await clubClient.PostAsync($"/api/t/{club.Id}/imports", csv, Cancel);
        using var gymChallenge = await gymClient.GetAsync($"/api/t/{gym.Id}/challenges/spring/leaderboard", Cancel);

        await AssertProblemAsync(clubImport, HttpStatusCode.Forbidden);
        await AssertProblemAsync(gymChallenge, HttpStatusCode.Forbidden);
    }

    private async Task<TestTenant> TenantWithLimitsAsync(object limits)
    {
        var tenant = await Platform.CreateTenantAsync();
        using var admin = Platform.AdminClient();
        (await admin.PutAsJsonAsync($"/api/admin/tenants/{tenant.Id}/limits", limits, Cancel)).EnsureSuccessStatusCode();

        // Wait until the gateway has the new limits (its key cache is 1 s in these tests).
        await Task.Delay(TimeSpan.FromSeconds(PlatformFixture.KeyCacheSeconds + 0.2), Cancel);
        return tenant;
    }
}
