using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// A fresh tenant whose athlete has a profile and one run, and one import of another member, with a client holding the tenant's key: what
/// every tenant-route case works on.
/// </summary>
internal sealed class OwnedAthlete : IDisposable
{
    private OwnedAthlete(TestTenant tenant, HttpClient owner)
    {
        Tenant = tenant;
        Owner = owner;
    }

    public TestTenant Tenant { get; }

    /// <summary>A gateway client sending the tenant's first key.</summary>
    public HttpClient Owner { get; }

    public string Path => Tenant.AthletePath(RouteSamples.AthleteId);

    public static async Task<OwnedAthlete> CreateAsync(InProcessPlatform platform)
    {
        var tenant = await platform.CreateTenantAsync();
        var athlete = new OwnedAthlete(tenant, platform.TenantClient(tenant.ApiKey));
        (await athlete.Owner.PutAsJsonAsync(athlete.Path, Profile(), Cancel)).EnsureSuccessStatusCode();
        (await athlete.Owner.PostAsJsonAsync($"{athlete.Path}/runs", Run("setup-run"), Cancel)).EnsureSuccessStatusCode();
        using var import = await athlete.Owner.PostAsync($"/api/t/{tenant.Id}/imports", RouteSamples.MemberFile(), Cancel);
        import.EnsureSuccessStatusCode();
        Imports[tenant.Id] = (await import.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("id").GetString()!;
        return athlete;
    }

    /// <summary>The import each owned athlete's tenant started at setup, for routes with an <c>{importId}</c>.</summary>
    public static string ImportOf(string tenantId) => Imports.TryGetValue(tenantId, out var id) ? id : "imp-0000000000000000";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Imports = new(StringComparer.Ordinal);

    /// <summary>
    /// Everything the API shows about the athlete as of today (profile, 7/28-day summary, recommendations)
    /// as raw JSON text: two reads are equal only if nothing stored changed.
    /// </summary>
    /// <param name="reader">A client with a working key of the tenant; by default <see cref="Owner"/>.</param>
    public async Task<string> RecordAsync(HttpClient? reader = null)
    {
        var asOf = $"?asOf={TestDates.Iso(TestDates.Today)}";
        return await ReadOkAsync(reader ?? Owner, Path + asOf) + "\n" + await ReadOkAsync(reader ?? Owner, $"{Path}/recommendations{asOf}");
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
