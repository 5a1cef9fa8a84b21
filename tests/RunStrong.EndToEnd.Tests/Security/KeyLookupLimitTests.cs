using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;

namespace RunStrong.EndToEnd.Tests.Security;

/// <summary>
/// Unauthenticated callers cost the platform a bounded amount: keys not of our form are refused without any
/// lookup, each client address may look up only so many keys the gateway has not cached (or get the admin key
/// wrong so often) before 429, and routes open to anyone are limited per address. Each test calls from a
/// loopback address of its own (127.0.0.x), so each starts with a full allowance.
/// </summary>
public sealed class KeyLookupLimitTests(KeyLookupLimitFixture fixture) : IClassFixture<KeyLookupLimitFixture>
{
    private const int Lookups = KeyLookupLimitFixture.Lookups;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Random_well_formed_keys_are_looked_up_only_within_the_allowance_then_refused_with_429()
    {
        var tenant = await CreateTenantAsync();
        var statuses = new List<(HttpStatusCode Status, TimeSpan? RetryAfter)>();
        for (var i = 0; i < Lookups + 4; i++)
        {
            using var client = From(2, ("X-Api-Key", RandomKey()));
            using var response = await client.GetAsync($"/api/t/{tenant}/athletes/ana", Cancel);
            statuses.Add((response.StatusCode, response.Headers.RetryAfter?.Delta));
        }

        Assert.All(statuses.Take(Lookups), answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.Status));
        Assert.All(statuses.Skip(Lookups), answer =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
            Assert.True(answer.RetryAfter > TimeSpan.Zero);
        });
    }

    [Fact]
    public async Task Keys_not_of_our_form_cost_no_lookup_and_never_use_up_the_allowance()
    {
        var (tenant, key) = await CreateTenantWithKeyAsync();
        for (var i = 0; i < Lookups * 3; i++)
        {
            using var client = From(3, ("X-Api-Key", $"rs_not-hex-{i:D6}_{new string('A', 43)}"));
            using var response = await client.GetAsync($"/api/t/{tenant}/athletes/ana", Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var owner = From(3, ("X-Api-Key", key));
        using var genuine = await owner.GetAsync($"/api/t/{tenant}/athletes/ana", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, genuine.StatusCode); // authenticated: the athlete simply does not exist
    }

    [Fact]
    public async Task Guessing_the_admin_key_stops_at_the_allowance_even_for_the_right_key()
    {
        for (var i = 0; i < Lookups; i++)
        {
            using var guess = From(4, ("X-Admin-Key", $"guess-{i}-0123456789-0123456789-0123456789"));
            using var refused = await guess.GetAsync("/api/admin/tenants", Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var admin = From(4, ("X-Admin-Key", fixture.Cluster.Secrets.AdminKey));
        using var afterGuesses = await admin.GetAsync("/api/admin/tenants", Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, afterGuesses.StatusCode);
    }

    [Fact]
    public async Task Routes_open_to_anyone_are_limited_per_client_address()
    {
        using var anonymous = From(5);

        using var first = await anonymous.GetAsync("/openapi/v1.json", Cancel);
        using var second = await anonymous.GetAsync("/openapi/v1.json", Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A client whose connections come from 127.0.0.<paramref name="host"/>: the gateway sees its own client address.</summary>
    private HttpClient From(int host, params (string Name, string Value)[] headers)
    {
        var source = IPAddress.Parse($"127.0.0.{host}");
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = fixture.Cluster.GatewayUri };
        foreach (var (name, value) in headers)
        {
            client.DefaultRequestHeaders.Add(name, value);
        }

        return client;
    }

    private async Task<string> CreateTenantAsync() => (await CreateTenantWithKeyAsync()).Tenant;

    private async Task<(string Tenant, string Key)> CreateTenantWithKeyAsync()
    {
        using var admin = fixture.Cluster.GatewayClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", fixture.Cluster.Secrets.AdminKey);
        var id = $"lim-{Guid.NewGuid():N}"[..20];
        using var response = await admin.PostAsJsonAsync("/api/admin/tenants", new { id, name = "Limit Gym", kind = "gym" }, Cancel);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (id, created.GetProperty("apiKey").GetString()!);
    }

    private static string RandomKey() =>
        $"rs_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}_{System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
}
