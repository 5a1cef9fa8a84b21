using RunStrong.Contracts.Tenants;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// A fresh tenant whose athlete has a profile and one entry of each kind (a run, an upper-body session, today's
/// nutrition, a weigh-in: what the edit and delete samples aim at) and an athlete key of its own, with a client
/// holding the tenant's key:
/// what every tenant-route case works on. What else the tenant holds follows its kind, because only that kind
/// may use those routes: a gym has one import of another member, a club has <see cref="OwnedChallenge"/>.
/// </summary>
internal sealed class OwnedAthlete : IDisposable
{
    private OwnedAthlete(TestTenant tenant, TenantKind kind, HttpClient owner)
    {
        Tenant = tenant;
        Kind = kind;
        Owner = owner;
    }

    /// <summary>The ids of the entries logged at setup (the nutrition log is today's).</summary>
    public const string RunId = "setup-run";

    public const string StrengthSessionId = "setup-strength";

    public const string MeasurementId = "setup-weigh-in";

    public TestTenant Tenant { get; }

    public TenantKind Kind { get; }

    /// <summary>A gateway client sending the tenant's first key.</summary>
    public HttpClient Owner { get; }

    /// <summary>The athlete's own key (athlete-scoped), issued by staff at setup.</summary>
    public string AthleteKey { get; private set; } = "";

    public string AthleteKeyId { get; private set; } = "";

    public string Path => Tenant.AthletePath(RouteSamples.AthleteId);

    /// <param name="kind">The kind of tenant: <see cref="ApiRoute.OwnerKind"/> of the route under test.</param>
    public static async Task<OwnedAthlete> CreateAsync(InProcessPlatform platform, TenantKind kind)
    {
        var tenant = await platform.CreateTenantAsync(kind);
        var athlete = new OwnedAthlete(tenant, kind, platform.TenantClient(tenant.ApiKey));
        (await athlete.Owner.PutAsJsonAsync(athlete.Path, Profile(), Cancel)).EnsureSuccessStatusCode();
        (await athlete.Owner.PostAsJsonAsync($"{athlete.Path}/runs", Run(RunId), Cancel)).EnsureSuccessStatusCode();
        (await athlete.Owner.PostAsJsonAsync($"{athlete.Path}/strength-sessions", SetupSession, Cancel)).EnsureSuccessStatusCode();
        (await athlete.Owner.PutAsJsonAsync($"{athlete.Path}/nutrition/{TestDates.Iso(TestDates.Today)}", SetupNutrition, Cancel)).EnsureSuccessStatusCode();
        (await athlete.Owner.PostAsJsonAsync($"{athlete.Path}/measurements", SetupWeighIn, Cancel)).EnsureSuccessStatusCode();
        Activities[tenant.Id] = await UploadSetupActivityAsync(athlete.Owner, athlete.Path);
        (athlete.AthleteKeyId, athlete.AthleteKey) = await IssueAthleteKeyAsync(athlete.Owner, athlete.Path);
        AthleteKeys[tenant.Id] = athlete.AthleteKeyId;
        if (kind == TenantKind.Club)
        {
            await OwnedChallenge.SetUpAsync(athlete.Owner, tenant);
        }
        else
        {
            using var import = await athlete.Owner.PostAsync($"/api/t/{tenant.Id}/imports", RouteSamples.MemberFile(), Cancel);
            import.EnsureSuccessStatusCode();
            Imports[tenant.Id] = (await import.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("id").GetString()!;
        }

        return athlete;
    }

    /// <summary>Upper body only, so that a sample replacing it with leg work shows in the summary's leg sessions.</summary>
    private static object SetupSession => new
    {
        id = StrengthSessionId,
        startedAt = TestDates.MorningOf(TestDates.DaysAgo(2)),
        durationMin = 30,
        exercises = new[] { new { name = "bench press", muscleGroups = new[] { "upper" }, sets = 3, reps = 8 } },
    };

    private static object SetupNutrition => new { caloriesKcal = 2000, proteinG = 90, carbsG = 250 };

    /// <summary>Lighter than the profile and older than the measurement sample, so adding or deleting a weigh-in shows.</summary>
    private static object SetupWeighIn => new { id = MeasurementId, date = TestDates.Iso(TestDates.DaysAgo(3)), weightKg = 63.0 };

    /// <summary>The import each owned athlete's tenant started at setup, for routes with an <c>{importId}</c>.</summary>
    public static string ImportOf(string tenantId) => Imports.TryGetValue(tenantId, out var id) ? id : "imp-0000000000000000";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Imports = new(StringComparer.Ordinal);

    /// <summary>The activity each owned athlete uploaded at setup, for routes with an <c>{activityId}</c>.</summary>
    public static string ActivityOf(string tenantId) => Activities.TryGetValue(tenantId, out var id) ? id : "20000101T000000Z-000000000000000000000000";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Activities = new(StringComparer.Ordinal);

    /// <summary>A 30-minute GPX run three days ago (an evening, hours from the setup run): its activity id.</summary>
    private static async Task<string> UploadSetupActivityAsync(HttpClient owner, string athletePath)
    {
        var start = new DateTimeOffset(TestDates.DaysAgo(3).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);
        using var content = new ByteArrayContent(ActivityFileSamples.RunGpx(start, TimeSpan.FromMinutes(30)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/gpx+xml");
        using var uploaded = await owner.PostAsync($"{athletePath}/activities", content, Cancel);
        var body = await uploaded.Content.ReadAsStringAsync(Cancel);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, $"POST {athletePath}/activities answered {(int)uploaded.StatusCode}: {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The athlete key each owned athlete got at setup, for the athlete key routes' <c>{keyId}</c>.</summary>
    public static string AthleteKeyOf(string tenantId) => AthleteKeys.TryGetValue(tenantId, out var id) ? id : "0000000000000000";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> AthleteKeys = new(StringComparer.Ordinal);

    /// <summary>Issues an athlete key at <paramref name="athletePath"/> with a staff client: its id and the key.</summary>
    public static async Task<(string KeyId, string ApiKey)> IssueAthleteKeyAsync(HttpClient staff, string athletePath)
    {
        using var issued = await staff.PostAsync($"{athletePath}/keys", null, Cancel);
        var body = await issued.Content.ReadAsStringAsync(Cancel);
        Assert.True(issued.StatusCode == HttpStatusCode.Created, $"POST {athletePath}/keys answered {(int)issued.StatusCode}: {body}");
        var key = System.Text.Json.JsonDocument.Parse(body).RootElement;
        return (key.GetProperty("keyId").GetString()!, key.GetProperty("apiKey").GetString()!);
    }

    /// <summary>
    /// Everything the API shows about the athlete as of today (profile, 7/28-day summary, recommendations, their
    /// keys) and, for a club, its challenges with their teams, as raw JSON text: two reads are equal only if
    /// nothing stored changed. (Leaderboards are left out: they show a membership or score change a few hundred
    /// ms later, from a snapshot, so a read at once could not prove a refused request changed nothing.)
    /// </summary>
    /// <param name="reader">A client with a working key of the tenant; by default <see cref="Owner"/>.</param>
    public async Task<string> RecordAsync(HttpClient? reader = null)
    {
        var client = reader ?? Owner;
        var asOf = $"?asOf={TestDates.Iso(TestDates.Today)}";
        var athlete = await ReadOkAsync(client, Path + asOf) + "\n" + await ReadOkAsync(client, $"{Path}/recommendations{asOf}")
            + "\n" + await ReadOkAsync(client, $"{Path}/keys");
        return Kind == TenantKind.Club ? athlete + "\n" + await ReadOkAsync(client, OwnedChallenge.ListPath(Tenant.Id)) : athlete;
    }

    public void Dispose() => Owner.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> ReadOkAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return body;
    }
}
