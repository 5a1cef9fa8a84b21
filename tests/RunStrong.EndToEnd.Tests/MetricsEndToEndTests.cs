using System.Text.Json;
using Aspire.Hosting.Testing;
using RunStrong.Testing.Metrics;

namespace RunStrong.EndToEnd.Tests;

/// <summary>
/// <c>/metrics</c> on the real processes (the AppHost's gateway and silos): each host serves its own meters,
/// which the in-process tests cannot show because there both hosts share one process.
/// </summary>
public sealed class MetricsEndToEndTests(AppHostFixture platform)
{
    private static readonly string[] Silos = [.. Enumerable.Range(1, AppHostFixture.SiloCount).Select(i => $"silo-{i}")];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Silos_and_the_gateway_serve_their_own_metrics_and_no_label_names_a_tenant_or_athlete()
    {
        using var admin = platform.Gateway();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", platform.AdminKey);
        var tenantId = $"e2e-{Guid.NewGuid():N}"[..24];
        var athleteId = $"ana-{Guid.NewGuid():N}"[..24];
        using var created = await admin.PostAsJsonAsync("/api/admin/tenants", new { id = tenantId, name = "E2E Metrics Gym", kind = "gym" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var apiKey = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("apiKey").GetString()!;
        using var client = platform.Gateway();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var athlete = $"/api/t/{tenantId}/athletes/{athleteId}";
        var profile = new { sex = "female", birthYear = 1990, heightCm = 172, weightKg = 64.5, goal = "maintain", phase = "base" };
        (await client.PutAsJsonAsync(athlete, profile, Cancel)).EnsureSuccessStatusCode();
        var startedAt = DateTime.UtcNow.Date.AddDays(-1).AddHours(6.5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        using var logged = await client.PostAsJsonAsync($"{athlete}/runs", new { id = "run-1", startedAt, distanceKm = 10, durationMin = 55, kind = "easy" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        (await client.GetAsync($"{athlete}/recommendations", Cancel)).EnsureSuccessStatusCode();

        // The gateway: admin key only.
        using var anonymous = platform.Gateway();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/metrics", Cancel)).StatusCode);
        var gateway = await ScrapeAsync(admin);

        // The silos: no signature. A silo an earlier test stopped may not answer; the athlete lives on one that does.
        var silos = new List<Exposition>();
        foreach (var name in Silos)
        {
            using var silo = platform.App.CreateHttpClient(name, "http");
            if (await TryScrapeAsync(silo) is { } scrape)
            {
                silos.Add(scrape);
            }
        }

        Assert.NotEmpty(silos);
        Assert.True(silos.Sum(s => s.Sum("runstrong_activities_logged_total", ("kind", "run"))) >= 1, "No silo counted the run.");
        Assert.True(silos.Sum(s => s.Sum("runstrong_recommendations_computed_total")) >= 1, "No silo counted the report.");
        Assert.All(silos, s => Assert.Equal("gauge", s.Family("orleans_grains").Type));
        Assert.All(silos, s => Assert.Equal("histogram", s.Family("http_server_request_duration_seconds").Type));

        // The gateway's scrape is its own process's: its proxy calls, and none of the silos' grain instruments.
        Assert.Equal("histogram", gateway.Family("http_client_request_duration_seconds").Type);
        Assert.Equal("histogram", gateway.Family("http_server_request_duration_seconds").Type);
        Assert.Equal("counter", gateway.Family("dotnet_gc_collections_total").Type);
        Assert.False(gateway.Families.ContainsKey("runstrong_activities_logged_total"), "The gateway served a silo's RunStrong counters.");
        Assert.False(gateway.Families.ContainsKey("orleans_grains"), "The gateway served a silo's grain counts.");

        foreach (var scrape in silos.Append(gateway))
        {
            var leaks = scrape.Samples.Where(s => s.Labels.Values.Any(v => v.Contains(tenantId, StringComparison.Ordinal) || v.Contains(athleteId, StringComparison.Ordinal)))
                .Select(s => s.SeriesKey).ToList();
            Assert.True(leaks.Count == 0, $"Label values naming the tenant or athlete:\n{string.Join("\n", leaks)}");
        }
    }

    private static async Task<Exposition> ScrapeAsync(HttpClient client) =>
        await TryScrapeAsync(client) ?? throw new InvalidOperationException($"{client.BaseAddress} did not answer /metrics.");

    private static async Task<Exposition?> TryScrapeAsync(HttpClient client)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync("/metrics", Cancel);
        }
        catch (HttpRequestException)
        {
            return null;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {client.BaseAddress}metrics answered {(int)response.StatusCode}: {body}");
            return PrometheusExposition.Parse(body, ExpositionFormat.Text004);
        }
    }
}
