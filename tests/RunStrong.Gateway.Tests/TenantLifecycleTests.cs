using System.Text.Json;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>The admin's tenant lifecycle: list, read, suspend and resume, limits, and how fast the gateway follows.</summary>
public sealed class TenantLifecycleTests(PlatformFixture fixture)
{
    /// <summary>The bound on how long a revoked key or a suspended tenant still gets through: the key cache.</summary>
    private static readonly TimeSpan EffectBound = TimeSpan.FromSeconds(PlatformFixture.KeyCacheSeconds);

    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_suspended_tenant_is_refused_with_403_within_the_cache_bound_and_works_again_once_resumed()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);
        using var admin = Platform.AdminClient();
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode(); // now cached

        using var suspend = await admin.PostAsync($"/api/admin/tenants/{tenant.Id}/suspend", null, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, suspend.StatusCode);
        var refusedAfter = await TimeUntilAsync(client, tenant.AthletePath("ana"), HttpStatusCode.Forbidden);

        using var resume = await admin.PostAsync($"/api/admin/tenants/{tenant.Id}/resume", null, Cancel);
        Assert.Equal(HttpStatusCode.NoContent, resume.StatusCode);
        var servedAfter = await TimeUntilAsync(client, tenant.AthletePath("ana"), HttpStatusCode.OK);

        Assert.True(refusedAfter <= EffectBound + TimeSpan.FromSeconds(1), $"Suspension took {refusedAfter} to reach the gateway.");
        Assert.True(servedAfter <= EffectBound + TimeSpan.FromSeconds(1), $"Resumption took {servedAfter}.");
    }

    [Fact]
    public async Task A_revoked_key_in_use_is_refused_within_the_cache_bound()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var client = Platform.TenantClient(tenant.ApiKey);
        using var admin = Platform.AdminClient();
        (await client.PutAsJsonAsync(tenant.AthletePath("ana"), Profile(), Cancel)).EnsureSuccessStatusCode(); // now cached

        (await admin.DeleteAsync($"/api/admin/tenants/{tenant.Id}/keys/{tenant.KeyId}", Cancel)).EnsureSuccessStatusCode();
        var refusedAfter = await TimeUntilAsync(client, tenant.AthletePath("ana"), HttpStatusCode.Unauthorized);

        Assert.True(refusedAfter <= EffectBound + TimeSpan.FromSeconds(1), $"Revocation took {refusedAfter} to reach the gateway.");
    }

    [Fact]
    public async Task Tenants_are_listed_a_page_at_a_time_with_their_status_and_limits()
    {
        var created = new List<TestTenant>();
        for (var i = 0; i < 3; i++)
        {
            created.Add(await Platform.CreateTenantAsync(i % 2 == 0 ? "gym" : "club"));
        }

        using var admin = Platform.AdminClient();
        var seen = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/tenants?limit=2{(after is null ? "" : $"&after={after}")}", Cancel);
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            after = page.GetProperty("next").GetString();
            Assert.True(page.GetProperty("items").GetArrayLength() <= 2);
        }
        while (after is not null);

        var ids = seen.Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(created, t => Assert.Contains(t.Id, ids));
        var one = seen.Single(t => t.GetProperty("id").GetString() == created[0].Id);
        Assert.Equal("active", one.GetProperty("status").GetString());
        Assert.True(one.GetProperty("limits").GetProperty("requestsPerMinute").GetInt32() > 0);
    }

    [Fact]
    public async Task Page_sizes_above_100_and_bad_limits_are_refused_naming_the_field()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var admin = Platform.AdminClient();

        using var page = await admin.GetAsync("/api/admin/tenants?limit=1000", Cancel);
        using var overflow = await admin.GetAsync("/api/admin/tenants?limit=99999999999", Cancel);
        using var limits = await admin.PutAsJsonAsync($"/api/admin/tenants/{tenant.Id}/limits", new { requestsPerMinute = 0, maxBodyBytes = 10 }, Cancel);
        using var unknown = await admin.PostAsync("/api/admin/tenants/no-such-tenant/suspend", null, Cancel);

        Assert.Equal(["limit"], ErrorFields(await AssertProblemAsync(page, HttpStatusCode.BadRequest)));
        Assert.Equal(["limit"], ErrorFields(await AssertProblemAsync(overflow, HttpStatusCode.BadRequest)));
        Assert.Equal(["maxBodyBytes", "requestsPerMinute"], ErrorFields(await AssertProblemAsync(limits, HttpStatusCode.BadRequest)).Order());
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    /// <summary>Polls until the request answers <paramref name="status"/>; returns how long that took.</summary>
    private static async Task<TimeSpan> TimeUntilAsync(HttpClient client, string path, HttpStatusCode status)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            using var response = await client.GetAsync(path, Cancel);
            if (response.StatusCode == status)
            {
                if (status != HttpStatusCode.OK)
                {
                    await AssertProblemAsync(response, status);
                }

                return DateTime.UtcNow - started;
            }

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), $"Still {response.StatusCode}, waiting for {status}.");
            await Task.Delay(100, Cancel);
        }
    }
}
