using System.Security.Cryptography;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>
/// Unauthenticated callers cost the platform a bounded amount: keys not of our form are refused without any
/// lookup, each client address may look up only so many keys the gateway has not cached (or get the admin key
/// wrong so often), and routes open to anyone are limited per address. Played on a gateway of its own with
/// small allowances, so the shared gateway's tests are not throttled.
/// </summary>
public sealed class KeyLookupLimitTests(PlatformFixture fixture) : IAsyncLifetime
{
    private const int Lookups = 3;

    private GatewayFactory gateway = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        gateway = fixture.Platform.StartGateway(new Dictionary<string, string>
        {
            ["Gateway:KeyLookupsPerMinute"] = $"{Lookups}",
            ["Gateway:AnonymousRequestsPerMinute"] = "4",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task Random_well_formed_keys_are_looked_up_only_within_the_allowance_then_refused_with_429()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < Lookups + 4; i++)
        {
            using var client = Client(("X-Api-Key", RandomKey()));
            answers.Add(await client.GetAsync(tenant.AthletePath("ana"), Cancel));
        }

        foreach (var refused in answers.Take(Lookups))
        {
            await AssertProblemAsync(refused, HttpStatusCode.Unauthorized);
        }

        foreach (var throttled in answers.Skip(Lookups))
        {
            await AssertProblemAsync(throttled, HttpStatusCode.TooManyRequests);
            Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        answers.ForEach(answer => answer.Dispose());
    }

    [Fact]
    public async Task Keys_not_of_our_form_cost_no_lookup_and_never_use_up_the_allowance()
    {
        var tenant = await fixture.Platform.CreateTenantAsync();
        for (var i = 0; i < Lookups * 3; i++)
        {
            using var client = Client(("X-Api-Key", $"rs_not-hex-{i:D6}_{new string('A', 43)}"));
            using var response = await client.GetAsync(tenant.AthletePath("ana"), Cancel);
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        using var owner = Client(("X-Api-Key", tenant.ApiKey));
        using var genuine = await owner.GetAsync(tenant.AthletePath("ana"), Cancel);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, genuine.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, genuine.StatusCode);
    }

    [Fact]
    public async Task Guessing_the_admin_key_stops_at_the_allowance_even_for_the_right_key()
    {
        for (var i = 0; i < Lookups; i++)
        {
            using var guess = Client(("X-Admin-Key", $"guess-{i}-0123456789-0123456789-0123456789"));
            await AssertProblemAsync(await guess.GetAsync("/api/admin/tenants", Cancel), HttpStatusCode.Unauthorized);
        }

        using var admin = Client(("X-Admin-Key", TestSecrets.AdminKey));
        using var afterGuesses = await admin.GetAsync("/api/admin/tenants", Cancel);

        await AssertProblemAsync(afterGuesses, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Routes_open_to_anyone_are_limited_per_client_address()
    {
        using var anonymous = Client();

        using var first = await anonymous.GetAsync("/openapi/v1.json", Cancel);
        using var second = await anonymous.GetAsync("/openapi/v1.json", Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertProblemAsync(second, HttpStatusCode.TooManyRequests);
    }

    private HttpClient Client(params (string Name, string Value)[] headers)
    {
        var client = new HttpClient { BaseAddress = ServerAddress.Of(gateway.Services) };
        foreach (var (name, value) in headers)
        {
            client.DefaultRequestHeaders.Add(name, value);
        }

        return client;
    }

    private static string RandomKey() =>
        $"rs_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}_{System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
}
