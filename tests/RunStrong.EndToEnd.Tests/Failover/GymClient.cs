using System.Globalization;
using System.Text.Json;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>
/// A gym tenant on a <see cref="ProcessCluster"/> with athletes that have profiles, and the requests a
/// failover test sends for it through the gateway, each turned into an <see cref="Outcome"/> (never an
/// exception), so a load can record every failure with its time.
/// </summary>
internal sealed class GymClient : IDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromSeconds(90);

    private readonly HttpClient http;
    private readonly Timeline timeline;

    private GymClient(HttpClient http, Timeline timeline, string tenantId, string apiKey, IReadOnlyList<string> athletes)
    {
        this.http = http;
        this.timeline = timeline;
        TenantId = tenantId;
        ApiKey = apiKey;
        Athletes = athletes;
    }

    public string TenantId { get; }

    public string ApiKey { get; }

    public IReadOnlyList<string> Athletes { get; }

    /// <summary>
    /// Creates a gym with high request limits (the load is not about the rate limiter) and <paramref name="athletes"/> profiles.
    /// <paramref name="maxConnections"/> bounds the requests in flight (one per connection): an open-loop load needs more than the default.
    /// </summary>
    public static Task<GymClient> CreateAsync(ProcessCluster cluster, int athletes, Timeline timeline, CancellationToken cancellationToken, int maxConnections = 256) =>
        CreateAsync(cluster.GatewayUri, cluster.Secrets.AdminKey, "gym", athletes, timeline, cancellationToken, maxConnections);

    /// <summary>
    /// The same on any platform: its gateway's address and the admin key (the AppHost's, for instance). A club
    /// (<paramref name="kind"/> "club") has the same athletes and requests, and can hold challenges.
    /// </summary>
    public static async Task<GymClient> CreateAsync(
        Uri gateway, string adminKey, string kind, int athletes, Timeline timeline, CancellationToken cancellationToken, int maxConnections = 256)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = gateway,
            Timeout = RequestTimeout,
        };
        try
        {
            var started = timeline.Now;
            // The gateway reaches the silos once its client joined and (with discovery) it learnt their endpoints.
            await UntilAsync(http, () => Admin(HttpMethod.Get, "/api/admin/tenants?limit=1", adminKey, null), "the admin API through the gateway", cancellationToken);
            var tenantId = $"fo-{Guid.NewGuid():N}"[..20];
            using var create = Admin(HttpMethod.Post, "/api/admin/tenants", adminKey,
                new { id = tenantId, name = $"Failover {kind}", kind, limits = new { requestsPerMinute = 1_000_000, burst = 1_000_000 } });
            using var created = await http.SendAsync(create, cancellationToken);
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"Creating the gym: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync(cancellationToken)}");
            var apiKey = (await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("apiKey").GetString()!;

            var ids = Enumerable.Range(1, athletes).Select(i => $"athlete-{i:D4}").ToList();
            var gym = new GymClient(http, timeline, tenantId, apiKey, ids);
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (id, token) =>
                await UntilAsync(http, () => gym.Request(HttpMethod.Put, gym.AthletePath(id), Profile(id)), $"PUT profile {id}", token));
            timeline.Write($"gym {tenantId} with {athletes} athlete profiles ready in {timeline.Now - started:F1} s");
            return gym;
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The same gym through a client that waits <paramref name="timeout"/> for each answer: one that outlasts a
    /// paused silo sees what the silo answers when it resumes.
    /// </summary>
    public GymClient WithTimeout(TimeSpan timeout) =>
        new(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = http.BaseAddress,
            Timeout = timeout,
        }, timeline, TenantId, ApiKey, Athletes);

    public string AthletePath(string athleteId) => $"/api/t/{TenantId}/athletes/{athleteId}";

    public Task<Outcome> LogRunAsync(PlannedRun run, CancellationToken cancellationToken) =>
        SendAsync($"POST run {run.Id} of {run.Athlete}", () => Request(HttpMethod.Post, AthletePath(run.Athlete) + "/runs", run.Body), cancellationToken);

    public Task<Outcome> ReadAthleteAsync(string athleteId, DateOnly asOf, CancellationToken cancellationToken) =>
        SendAsync($"GET {athleteId}", () => Request(HttpMethod.Get, SummaryPath(athleteId, asOf), null), cancellationToken);

    /// <summary>Any request of this tenant (its key added) as an <see cref="Outcome"/>, with the answer's body when it succeeded.</summary>
    public async Task<(Outcome Outcome, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var (outcome, answer) = await SendReadingAsync($"{method} {path}", () => Request(method, path, body), cancellationToken);
        return (outcome, answer is { Length: > 0 } ? JsonDocument.Parse(answer).RootElement.Clone() : default);
    }

    /// <summary>One read of the athlete's last-7-days run count: the outcome, and the count when it succeeded.</summary>
    public async Task<(Outcome Outcome, int? Runs)> ReadRunCountAsync(string athleteId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var (outcome, body) = await SendReadingAsync($"GET {athleteId}", () => Request(HttpMethod.Get, SummaryPath(athleteId, asOf), null), cancellationToken);
        return (outcome, body is null ? null
            : JsonDocument.Parse(body).RootElement.GetProperty("summary").GetProperty("last7Days").GetProperty("runs").GetInt32());
    }

    /// <summary>The athlete's last-7-days run count and distance; retried a few times, as verification is not what is under test.</summary>
    public async Task<(int Runs, double DistanceKm)> Last7DaysAsync(string athleteId, DateOnly asOf, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = Request(HttpMethod.Get, SummaryPath(athleteId, asOf), null);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    var week = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("summary").GetProperty("last7Days");
                    return (week.GetProperty("runs").GetInt32(), week.GetProperty("distanceKm").GetDouble());
                }

                Assert.True(attempt < 5, $"GET {athleteId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && attempt < 5 && !cancellationToken.IsCancellationRequested)
            {
                timeline.Write($"verification GET {athleteId} attempt {attempt}: {e.GetType().Name} {e.Message}");
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>
    /// Athletes whose stored last-7-days run count or distance differs from what the acknowledged
    /// <paramref name="runs"/> add up to: an acknowledged run lost, or one stored twice.
    /// </summary>
    public async Task<IReadOnlyList<string>> MismatchesAsync(DateOnly asOf, IEnumerable<PlannedRun> runs, CancellationToken cancellationToken)
    {
        var expected = runs.GroupBy(r => r.Athlete).ToDictionary(g => g.Key, g => (Runs: g.Count(), DistanceKm: Math.Round(g.Sum(r => r.DistanceKm), 2)));
        var mismatches = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Parallel.ForEachAsync(Athletes, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (athlete, token) =>
        {
            var want = expected.GetValueOrDefault(athlete);
            var got = await Last7DaysAsync(athlete, asOf, token);
            if (got.Runs != want.Runs || Math.Abs(got.DistanceKm - want.DistanceKm) > 0.005)
            {
                mismatches.Enqueue($"  {athlete}: stored {got.Runs} runs / {got.DistanceKm} km, acknowledged {want.Runs} runs / {want.DistanceKm} km");
            }
        });
        return [.. mismatches.Order(StringComparer.Ordinal)];
    }

    public void Dispose() => http.Dispose();

    private string SummaryPath(string athleteId, DateOnly asOf) =>
        $"{AthletePath(athleteId)}?asOf={asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private async Task<Outcome> SendAsync(string what, Func<HttpRequestMessage> request, CancellationToken cancellationToken) =>
        (await SendReadingAsync(what, request, cancellationToken)).Outcome;

    /// <summary>The outcome, and the body when the request succeeded.</summary>
    private async Task<(Outcome Outcome, string? Body)> SendReadingAsync(string what, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var start = timeline.Now;
        try
        {
            using var message = request();
            using var response = await http.SendAsync(message, cancellationToken);
            var status = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter?.Delta;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (new Outcome(what, start, timeline.Now, status, body.Length > 300 ? body[..300] + "…" : body) { RetryAfter = retryAfter }, null);
            }

            return (new Outcome(what, start, timeline.Now, status, null), body);
        }
        catch (HttpRequestException e)
        {
            return (new Outcome(what, start, timeline.Now, 0, $"{e.GetType().Name} ({e.HttpRequestError}): {e.Message}"), null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new Outcome(what, start, timeline.Now, 0, $"timeout after {http.Timeout.TotalSeconds:F0} s"), null);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", ApiKey);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    private static HttpRequestMessage Admin(HttpMethod method, string path, string adminKey, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Admin-Key", adminKey);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    /// <summary>Sends until 2xx, within <see cref="SetupTimeout"/>: setup waits for the platform, it does not test it.</summary>
    private static async Task UntilAsync(HttpClient http, Func<HttpRequestMessage> request, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + SetupTimeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var message = request();
                using var response = await http.SendAsync(message, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = e.Message;
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{what} did not succeed within {SetupTimeout.TotalSeconds} s; last answer: {last}");
    }

    private static object Profile(string athleteId)
    {
        var n = int.Parse(athleteId.AsSpan(athleteId.IndexOf('-', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
        return new
        {
            sex = n % 2 == 0 ? "female" : "male", birthYear = 1970 + (n % 30), heightCm = 160 + (n % 30), weightKg = 55.0 + (n % 40),
            bodyFatPercent = 18, bodyFatMethod = "bia", runningExperienceMonths = 30, goal = "maintain", phase = "base",
        };
    }
}
