using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Ops;

/// <summary>What ops teams see: <c>GET /ops/cluster</c> and the Orleans dashboard, both behind the admin key.</summary>
public sealed class ClusterOpsTests(PlatformFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_cluster_view_lists_silos_grain_activations_and_athletes_per_tenant()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        foreach (var athlete in new[] { "ana", "ben", "cat" })
        {
            (await client.PutAsJsonAsync(tenant.AthletePath(athlete), Profile(), Cancel)).EnsureSuccessStatusCode();
        }

        using var admin = fixture.Platform.AdminClient();
        var cluster = await admin.GetFromJsonAsync<JsonElement>("/ops/cluster?recount=true", Cancel);

        var silo = cluster.GetProperty("silos").EnumerateArray().Single(s => s.GetProperty("status").GetString() == "Active");
        Assert.Equal(1, cluster.GetProperty("activeSilos").GetInt32());
        Assert.True(silo.GetProperty("uptimeSeconds").GetDouble() > 0);
        Assert.True(silo.GetProperty("activations").GetInt32() >= 3);
        var athleteGrains = cluster.GetProperty("grains").EnumerateArray().Single(g => g.GetProperty("type").GetString() == "AthleteGrain");
        Assert.True(athleteGrains.GetProperty("activations").GetInt32() >= 3);
        var mine = cluster.GetProperty("tenants").GetProperty("items").EnumerateArray().Single(t => t.GetProperty("tenantId").GetString() == tenant.Id);
        Assert.Equal((3, 3), (mine.GetProperty("athletes").GetInt32(), mine.GetProperty("activeAthletes").GetInt32()));
    }

    [Fact]
    public async Task The_cluster_view_refuses_tenant_keys_and_anonymous_callers()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var tenantClient = fixture.Platform.TenantClient(tenant.ApiKey);
        using var anonymous = fixture.Platform.Gateway();

        await AssertProblemAsync(await tenantClient.GetAsync("/ops/cluster", Cancel), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await anonymous.GetAsync("/ops/cluster", Cancel), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_dashboard_opens_in_a_browser_with_the_admin_key_as_basic_password_and_for_no_one_else()
    {
        using var browser = fixture.Platform.Gateway();
        using var anonymous = await browser.GetAsync("/ops/dashboard/", Cancel);
        using var wrongPassword = await SendBasicAsync(browser, "not-the-admin-key");
        using var withAdminKey = await SendBasicAsync(browser, TestSecrets.AdminKey);
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var tenantClient = fixture.Platform.TenantClient(tenant.ApiKey);
        using var withTenantKey = await tenantClient.GetAsync("/ops/dashboard/", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withAdminKey.StatusCode);
        Assert.Equal("text/html", withAdminKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, withTenantKey.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendBasicAsync(HttpClient client, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ops/dashboard/");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"ops:{password}")));
        return await client.SendAsync(request, Cancel);
    }
}
