using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RunStrong.Gateway.Tests.Challenges;
using RunStrong.ServiceDefaults;
using RunStrong.Testing.Metrics;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Metrics;

/// <summary>
/// The counters below are process-wide, so their tests run alone (after the parallel ones): then every count
/// a test sees move is its own, and the deltas can be exact.
/// </summary>
[CollectionDefinition(nameof(MetricsRunAlone), DisableParallelization = true)]
public sealed class MetricsRunAlone;

/// <summary>
/// <c>/metrics</c> on silo and gateway (issue 7, item 3): real traffic, then the Prometheus scrape read with a
/// strict parser of both text formats. In this test process the silo and gateway share one process, so each
/// host's exporter also sees the other's meters; which host serves what is checked by access, not content.
/// </summary>
[Collection(nameof(MetricsRunAlone))]
public sealed class MetricsTests(PlatformFixture fixture)
{
    private const string ActivitiesLogged = "runstrong_activities_logged_total";
    private const string RecommendationsComputed = "runstrong_recommendations_computed_total";
    private const string RecommendationsDurationCount = "runstrong_recommendations_duration_seconds_count";
    private const string ImportRows = "runstrong_import_rows_total";
    private const string ImportsActive = "runstrong_imports_active";
    private const string FlushLagCount = "runstrong_leaderboard_flush_lag_seconds_count";
    private const string ScoreUpdates = "runstrong_challenge_score_updates_total";
    private const string MemberHeader = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";

    /// <summary>The Accept header a Prometheus server sends: OpenMetrics first, the classic format as fallback.</summary>
    private const string PrometheusAccept =
        "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Traffic_moves_RunStrong_counters_by_exactly_what_happened_and_no_label_names_a_tenant_or_athlete()
    {
        var gym = await Platform.CreateTenantAsync("gym");
        using var client = Platform.TenantClient(gym.ApiKey);
        var athleteId = $"mx-{Guid.NewGuid():N}"[..24];
        var athlete = gym.AthletePath(athleteId);
        var memberIds = new[] { $"mm-{Guid.NewGuid():N}"[..24], $"mm-{Guid.NewGuid():N}"[..24] };
        var before = await ScrapeSiloAsync();

        // Athlete log writes: 3 new entries of 4 kinds count; a retry, a replacement and an edit of a day do not.
        (await client.PutAsJsonAsync(athlete, Profile(), Cancel)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"{athlete}/runs", Run("r-1"), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"{athlete}/runs", Run("r-1"), Cancel)).StatusCode);
        (await client.PutAsJsonAsync($"{athlete}/runs/r-2", Run("r-2"), Cancel)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"{athlete}/runs/r-2", Run("r-2", distanceKm: 12), Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/strength-sessions", LegSession("s-1"), Cancel)).EnsureSuccessStatusCode();
        var day = $"{athlete}/nutrition/{TestDates.Iso(TestDates.DaysAgo(1))}";
        (await client.PutAsJsonAsync(day, new { caloriesKcal = 2300, proteinG = 100, carbsG = 280 }, Cancel)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync(day, new { caloriesKcal = 2400, proteinG = 110, carbsG = 290 }, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"{athlete}/measurements", new { id = "w-1", date = TestDates.Iso(TestDates.Today), weightKg = 64.2 }, Cancel)).EnsureSuccessStatusCode();

        // Two reports computed; an unknown athlete gets 404 and computes none.
        (await client.GetAsync($"{athlete}/recommendations", Cancel)).EnsureSuccessStatusCode();
        (await client.GetAsync($"{athlete}/recommendations?asOf={TestDates.Iso(TestDates.DaysAgo(1))}", Cancel)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{gym.AthletePath("nobody")}/recommendations", Cancel)).StatusCode);

        // An import (2 created, 1 invalid) and a dry run of the same file (2 validated, 1 invalid).
        var members = $"{MemberHeader}\n{memberIds[0]},Ana,Lopez,,female,1990,168,60,maintain\n{memberIds[1]},Bo,Smith,,male,1985,181,77,build\n" +
                      "mm-bad,Cy,Ng,,robot,1990,170,65,maintain\n";
        await ImportAsync(client, gym, members, dryRun: false);
        await ImportAsync(client, gym, members, dryRun: true);

        // A club challenge: the run scores, the shard applies it, a leaderboard snapshot shows it (flush lag).
        using var club = await Club.CreateAsync(Platform);
        var clubAthlete = $"mc-{Guid.NewGuid():N}"[..24];
        await club.CreateChallengeAsync(Club.Challenge("metrics", "distanceKm"));
        await club.AddTeamsAsync("metrics", "red");
        await club.AddAthletesAsync([clubAthlete]);
        await club.JoinAsync("metrics", "red", clubAthlete);
        Assert.Equal(HttpStatusCode.Created, (await club.LogRunAsync(clubAthlete, "c-1", TestDates.DaysAgo(1), 5)).StatusCode);
        var board = await club.LeaderboardWhenAsync("metrics", b => Club.AthleteScore(b, clubAthlete) > 0);
        Assert.Equal(5m, Club.AthleteScore(board, clubAthlete));

        var expected = new Dictionary<(string Name, string Label, string Value), double>
        {
            [(ActivitiesLogged, "kind", "run")] = 3, // r-1, r-2 and the club athlete's c-1
            [(ActivitiesLogged, "kind", "strength_session")] = 1,
            [(ActivitiesLogged, "kind", "nutrition")] = 1,
            [(ActivitiesLogged, "kind", "measurement")] = 1,
            [(RecommendationsComputed, "", "")] = 2,
            [(RecommendationsDurationCount, "", "")] = 2,
            [(ImportRows, "outcome", "created")] = 2,
            [(ImportRows, "outcome", "failed")] = 2,
            [(ImportRows, "outcome", "validated")] = 2,
            [(ImportRows, "outcome", "updated")] = 0,
            [(ImportRows, "outcome", "unchanged")] = 0,
        };
        var after = await ScrapeUntilAsync(ScrapeSiloAsync, scrape => expected.All(e => Delta(before, scrape, e.Key) >= e.Value));
        await Task.Delay(TimeSpan.FromMilliseconds(400), Cancel); // past the exporter's 300 ms response cache
        after = await ScrapeSiloAsync();

        var moved = expected.Keys.ToDictionary(key => key, key => Delta(before, after, key));
        Assert.Equal(expected, moved);
        Assert.True(Delta(before, after, (FlushLagCount, "", "")) >= 1, "No leaderboard snapshot was measured.");
        Assert.True(Delta(before, after, (ScoreUpdates, "", "")) >= 1, "No challenge score update was counted.");
        Assert.True(after.Sum("runstrong_recommendations_duration_seconds_sum") > before.Sum("runstrong_recommendations_duration_seconds_sum"));

        // The import jobs are done, so no job is counted as active any more (the up/down counter balances).
        var settled = await ScrapeUntilAsync(ScrapeSiloAsync, scrape => scrape.Sum(ImportsActive) == 0);
        Assert.Equal(0, settled.Sum(ImportsActive));

        // Types and units as Prometheus sees them.
        Assert.Equal("counter", after.Family(ActivitiesLogged).Type);
        Assert.Equal("counter", after.Family(ImportRows).Type);
        Assert.Equal("gauge", after.Family(ImportsActive).Type);
        Assert.Equal("histogram", after.Family("runstrong_recommendations_duration_seconds").Type);
        Assert.Equal("histogram", after.Family("runstrong_leaderboard_flush_lag_seconds").Type);
        Assert.All(after.Families.Values.Where(f => f.Name.StartsWith("runstrong_", StringComparison.Ordinal)), f => Assert.False(string.IsNullOrWhiteSpace(f.Help), $"{f.Name} has no HELP"));

        // The cardinality rule: no label value anywhere names a tenant, an athlete or a member, on either host.
        var ids = new[] { gym.Id, club.Tenant.Id, athleteId, clubAthlete, memberIds[0], memberIds[1] };
        var gatewayScrape = await ScrapeGatewayAsync();
        foreach (var scrape in new[] { after, gatewayScrape })
        {
            var leaks = scrape.Samples.SelectMany(s => s.Labels.Where(l => ids.Any(id => l.Value.Contains(id, StringComparison.Ordinal))).Select(l => $"{s.SeriesKey}"))
                .Distinct().ToList();
            Assert.True(leaks.Count == 0, $"Label values naming a tenant or athlete:\n{string.Join("\n", leaks)}");
        }

        // Routes are labelled by their template, never by the path the request took.
        var routes = after.Family("http_server_request_duration_seconds").Samples.Select(s => s.Labels.GetValueOrDefault("http_route")).ToHashSet();
        // Silo endpoint and gateway proxy route are mapped from the same declared rule, so both carry its pattern.
        Assert.Contains("/api/t/{tenantId}/athletes/{athleteId}/runs", routes);
        Assert.DoesNotContain(routes, route => route is not null && route.Contains("{**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_silo_serves_metrics_without_a_gateway_signature_with_Orleans_ASP_NET_Core_runtime_and_RunStrong_families()
    {
        using var silo = Platform.SiloDirect();
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync(tenant.AthletePath("ana") + "/runs", Run("r-1"), Cancel)).EnsureSuccessStatusCode();

        using var response = await silo.GetAsync("/metrics", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var scrape = PrometheusExposition.Parse(await response.Content.ReadAsStringAsync(Cancel), ExpositionFormat.Text004);
        AssertFamilies(scrape, new Dictionary<string, string>
        {
            // Orleans (meter Microsoft.Orleans)
            ["orleans_grains"] = "gauge",
            ["orleans_catalog_activations"] = "gauge",
            ["orleans_app_requests_latency_milliseconds"] = "histogram",
            ["orleans_storage_write_latency_milliseconds"] = "histogram",
            // ASP.NET Core and Kestrel
            ["http_server_request_duration_seconds"] = "histogram",
            ["http_server_active_requests"] = "gauge",
            ["kestrel_active_connections"] = "gauge",
            // .NET runtime
            ["dotnet_gc_collections_total"] = "counter",
            ["dotnet_process_cpu_time_seconds_total"] = "counter",
            ["dotnet_process_memory_working_set_bytes"] = "gauge",
            // RunStrong
            [ActivitiesLogged] = "counter",
            // OpenTelemetry's resource
            ["target_info"] = "gauge",
        });
        Assert.Contains(scrape.Samples, s => s.Name == "orleans_grains" && s.Labels.GetValueOrDefault("otel_scope_name") == "Microsoft.Orleans");
    }

    [Fact]
    public async Task The_OpenMetrics_a_Prometheus_server_asks_for_parses_strictly_on_both_hosts()
    {
        using var silo = Platform.SiloDirect();
        using var admin = Platform.AdminClient();

        foreach (var (host, http) in new[] { ("silo", silo), ("gateway", admin) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            request.Headers.TryAddWithoutValidation("Accept", PrometheusAccept);
            using var response = await http.SendAsync(request, Cancel);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{host}: {(int)response.StatusCode}");
            Assert.Equal("application/openmetrics-text", response.Content.Headers.ContentType?.MediaType);
            var scrape = PrometheusExposition.Parse(await response.Content.ReadAsStringAsync(Cancel), ExpositionFormat.OpenMetrics);
            AssertFamilies(scrape, new Dictionary<string, string>
            {
                ["target"] = "info",
                ["http_server_request_duration_seconds"] = "histogram",
                ["dotnet_gc_collections"] = "counter",
                ["orleans_grains"] = "gauge",
            });
            Assert.Equal("seconds", scrape.Family("http_server_request_duration_seconds").Unit);
        }
    }

    [Fact]
    public async Task The_gateway_serves_its_own_metrics_to_the_platform_admin_key_only()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var anonymous = Platform.Gateway();
        using var tenantClient = Platform.TenantClient(tenant.ApiKey);
        using var wrongAdmin = Platform.Gateway();
        wrongAdmin.DefaultRequestHeaders.Add("X-Admin-Key", "not-the-admin-key-0123456789-0123456789");
        using var forged = Platform.Gateway();
        forged.DefaultRequestHeaders.Add("X-RunStrong-Role", "Admin");

        await AssertProblemAsync(await anonymous.GetAsync("/metrics", Cancel), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await wrongAdmin.GetAsync("/metrics", Cancel), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await forged.GetAsync("/metrics", Cancel), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await tenantClient.GetAsync("/metrics", Cancel), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await tenantClient.GetAsync("/METRICS", Cancel), HttpStatusCode.Forbidden);

        // Prometheus' own way to send a secret: the admin key as bearer token (and only there).
        using var prometheus = Platform.Gateway();
        prometheus.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestSecrets.AdminKey);
        using var bearerScrape = await prometheus.GetAsync("/metrics", Cancel);
        Assert.Equal(HttpStatusCode.OK, bearerScrape.StatusCode);
        await AssertProblemAsync(await prometheus.GetAsync("/api/admin/tenants", Cancel), HttpStatusCode.Unauthorized);
        using var wrongBearer = Platform.Gateway();
        wrongBearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        await AssertProblemAsync(await wrongBearer.GetAsync("/metrics", Cancel), HttpStatusCode.Unauthorized);

        // The admin key gets the gateway's own scrape: no proxy route matches /metrics, so it can only come
        // from the gateway's endpoint. Its proxied calls show as HTTP client metrics.
        var scrape = await ScrapeGatewayAsync();
        AssertFamilies(scrape, new Dictionary<string, string>
        {
            ["http_server_request_duration_seconds"] = "histogram",
            ["http_client_request_duration_seconds"] = "histogram",
            ["dotnet_gc_collections_total"] = "counter",
            ["target_info"] = "gauge",
        });
        Assert.Contains(scrape.Family("http_server_request_duration_seconds").Samples, s =>
            s.Labels.GetValueOrDefault("http_route") == "/api/admin/tenants");
    }

    [Fact]
    public async Task Per_request_instruments_nothing_reads_are_not_recorded_while_the_ones_operations_use_are()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);
        (await client.PutAsJsonAsync(tenant.AthletePath("una"), Profile(), Cancel)).EnsureSuccessStatusCode();
        (await client.GetAsync(tenant.AthletePath("una"), Cancel)).EnsureSuccessStatusCode();

        var scrape = await ScrapeGatewayAsync();

        AssertFamilies(scrape, new Dictionary<string, string>
        {
            ["http_server_request_duration_seconds"] = "histogram",
            ["http_client_request_duration_seconds"] = "histogram",
            ["aspnetcore_rate_limiting_requests_total"] = "counter",
        });
        var dropped = UnreadPerRequestInstruments.Names.Select(name => name.Replace('.', '_')).ToList();
        Assert.DoesNotContain(scrape.Families.Keys, family => dropped.Any(prefix => family.StartsWith(prefix, StringComparison.Ordinal)));
    }

    private static void AssertFamilies(Exposition scrape, IReadOnlyDictionary<string, string> typeByFamily)
    {
        var wrong = typeByFamily
            .Where(expected => !scrape.Families.TryGetValue(expected.Key, out var family) || family.Type != expected.Value || family.Samples.Count == 0)
            .Select(expected => $"{expected.Key} ({expected.Value}): {(scrape.Families.TryGetValue(expected.Key, out var f) ? $"{f.Type}, {f.Samples.Count} samples" : "missing")}")
            .ToList();
        Assert.True(wrong.Count == 0, $"Families missing or of the wrong type:\n{string.Join("\n", wrong)}\nServed: {string.Join(", ", scrape.Families.Keys.Order(StringComparer.Ordinal))}");
    }

    private static double Delta(Exposition before, Exposition after, (string Name, string Label, string Value) key)
    {
        (string, string)[] labels = key.Label.Length == 0 ? [] : [(key.Label, key.Value)];
        return after.Sum(key.Name, labels) - before.Sum(key.Name, labels);
    }

    private async Task<Exposition> ScrapeSiloAsync()
    {
        using var silo = Platform.SiloDirect();
        return await ScrapeAsync(silo);
    }

    private async Task<Exposition> ScrapeGatewayAsync()
    {
        using var admin = Platform.AdminClient();
        return await ScrapeAsync(admin);
    }

    private static Task<Exposition> ScrapeAsync(HttpClient client) => MetricsScrape.ReadAsync(client, Cancel);

    /// <summary>Scrapes until <paramref name="done"/> holds or 15 s pass, and returns the last scrape.</summary>
    private static async Task<Exposition> ScrapeUntilAsync(Func<Task<Exposition>> scrape, Func<Exposition, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var last = await scrape();
            if (done(last) || clock.Elapsed > TimeSpan.FromSeconds(15))
            {
                return last;
            }

            await Task.Delay(100, Cancel);
        }
    }

    private static async Task ImportAsync(HttpClient client, TestTenant gym, string csv, bool dryRun)
    {
        using var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var accepted = await client.PostAsync($"/api/t/{gym.Id}/imports{(dryRun ? "?dryRun=true" : "")}", content, Cancel);
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

    private static object LegSession(string id) => new
    {
        id,
        startedAt = TestDates.MorningOf(TestDates.DaysAgo(1)),
        durationMin = 45,
        rpe = 7,
        exercises = new[] { new { name = "back squat", muscleGroups = new[] { "quads", "glutes" }, sets = 4, reps = 8, loadKg = 60 } },
    };
}
