using System.Text.Json;

namespace RunStrong.EndToEnd.Tests;

/// <summary>The whole platform on its real parts: tenants, athletes and runs survive a restart of every process.</summary>
public sealed class PlatformEndToEndTests(AppHostFixture platform)
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(2);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Data_logged_through_the_gateway_survives_stopping_and_restarting_the_platform()
    {
        using var admin = platform.Gateway();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", platform.AdminKey);
        var tenantId = $"e2e-{Guid.NewGuid():N}"[..24];
        using var created = await admin.PostAsJsonAsync("/api/admin/tenants", new { id = tenantId, name = "E2E Gym", kind = "gym" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var apiKey = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("apiKey").GetString()!;

        using var client = platform.Gateway();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var athlete = $"/api/t/{tenantId}/athletes/ana";
        var profile = new { sex = "female", birthYear = 1990, heightCm = 172, weightKg = 64.5, goal = "maintain", phase = "base" };
        (await client.PutAsJsonAsync(athlete, profile, Cancel)).EnsureSuccessStatusCode();
        foreach (var daysAgo in new[] { 7, 5, 3, 1 })
        {
            var run = new { id = $"run-{daysAgo}", startedAt = MorningOf(daysAgo), distanceKm = 10, durationMin = 55, kind = "easy" };
            using var logged = await client.PostAsJsonAsync($"{athlete}/runs", run, Cancel);
            Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        }

        await platform.RestartAsync();

        using var restarted = platform.Gateway();
        restarted.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var restored = await ReadWhenServedAsync(restarted, athlete);
        Assert.Equal(64.5, restored.GetProperty("profile").GetProperty("weightKg").GetDouble());
        // Runs 7, 5, 3 and 1 days ago: the 7 days to today start 6 days ago, so 3 of them.
        var summary = restored.GetProperty("summary");
        Assert.Equal((3, 30.0), (summary.GetProperty("last7Days").GetProperty("runs").GetInt32(), summary.GetProperty("last7Days").GetProperty("distanceKm").GetDouble()));
        Assert.Equal((4, 40.0), (summary.GetProperty("last28Days").GetProperty("runs").GetInt32(), summary.GetProperty("last28Days").GetProperty("distanceKm").GetDouble()));

        // A retried run after the restart still counts once: idempotency survives restarts too.
        var retry = new { id = "run-1", startedAt = MorningOf(1), distanceKm = 10, durationMin = 55, kind = "easy" };
        using var repeated = await restarted.PostAsJsonAsync($"{athlete}/runs", retry, Cancel);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
    }

    /// <summary>06:30 UTC a number of days ago: the silos check dates against the real clock.</summary>
    private static string MorningOf(int daysAgo) =>
        DateTime.UtcNow.Date.AddDays(-daysAgo).AddHours(6.5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>After a restart the gateway needs a moment to reach the new silos; poll instead of sleeping.</summary>
    private static async Task<JsonElement> ReadWhenServedAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow + RecoveryTimeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(path, Cancel);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
                }

                Assert.True(DateTime.UtcNow < deadline, $"Still {response.StatusCode} after the silos restarted.");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // The gateway's connection to a silo was reset by the restart; try again.
            }

            await Task.Delay(500, Cancel);
        }
    }
}
