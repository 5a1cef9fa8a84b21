using System.Net;
using System.Security.Cryptography;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// <c>GET /api/t/{tenantId}/athletes/{athleteId}</c> for one gym athlete with a profile and a few runs:
/// through the gateway (API key) versus directly against the silo (gateway-signed headers). The grain is
/// active and its state in memory, so this measures the HTTP path and one grain call, not storage.
/// </summary>
public sealed class AthleteReadScenario : IScenario
{
    private const string AthleteId = "bench-athlete-1";
    private const int SeededRuns = 5;
    private static readonly TimeSpan SeedTimeout = TimeSpan.FromSeconds(60);

    public string Name => "athlete-read";

    public string Description => "GET one athlete (profile + 7/28-day summary): gateway vs direct to the silo";

    public async Task<ScenarioPlan> PrepareAsync(LocalPlatform platform, CancellationToken cancellationToken)
    {
        using var gateway = new HttpClient { BaseAddress = platform.GatewayUri };
        var tenant = await new AdminApi(gateway, platform.Secrets)
            .CreateTenantAsync($"bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", "Benchmark Gym", "gym", cancellationToken);
        var athletePath = $"/api/t/{tenant.Id}/athletes/{AthleteId}";

        await SeedAthleteAsync(gateway, athletePath, tenant.ApiKey, cancellationToken);

        var signature = new GatewaySignature(new RequestSigner(platform.Secrets.SigningKey), TimeProvider.System, platform.DirectUri);
        var throughGateway = new LoadTarget("gateway", platform.GatewayUri, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, athletePath);
            request.Headers.TryAddWithoutValidation(TenantRequests.ApiKeyHeader, tenant.ApiKey);
            return request;
        }, HttpStatusCode.OK);
        var direct = new LoadTarget("direct", platform.DirectUri, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, athletePath);
            signature.Apply(request, tenant.Id, TenantKind.Gym);
            return request;
        }, HttpStatusCode.OK, platform.DirectTls);
        return new ScenarioPlan(throughGateway, direct);
    }

    /// <summary>
    /// Puts the profile and logs the runs through the gateway. The first tenant call waits until the
    /// gateway's Orleans client has joined the cluster, so it is retried for a while.
    /// </summary>
    private static async Task SeedAthleteAsync(HttpClient gateway, string athletePath, string apiKey, CancellationToken cancellationToken)
    {
        var profile = new
        {
            sex = "female", birthYear = 1990, heightCm = 168, weightKg = 60.5, bodyFatPercent = 21, bodyFatMethod = "bia",
            runningExperienceMonths = 36, goal = "build", phase = "base", injuredRecently = false,
        };
        await RetryUntilAdmittedAsync(() => Send(HttpMethod.Put, athletePath, profile), "put profile", cancellationToken);

        var today = DateTimeOffset.UtcNow.Date;
        for (var i = 0; i < SeededRuns; i++)
        {
            var run = new { id = $"run-{i}", startedAt = new DateTimeOffset(today.AddDays(-2 * i - 1).AddHours(7), TimeSpan.Zero), distanceKm = 8 + i, durationMin = 45 + 6 * i, kind = i == 2 ? "tempo" : "easy", rpe = 5 };
            using var request = Send(HttpMethod.Post, athletePath + "/runs", run);
            using var response = await gateway.SendAsync(request, cancellationToken);
            await response.EnsureAsync($"log run {i}", cancellationToken);
        }

        HttpRequestMessage Send(HttpMethod method, string path, object body) => TenantRequests.Create(method, path, apiKey, body);

        async Task RetryUntilAdmittedAsync(Func<HttpRequestMessage> create, string what, CancellationToken token)
        {
            var deadline = DateTime.UtcNow + SeedTimeout;
            while (true)
            {
                using var request = create();
                using var response = await gateway.SendAsync(request, token);
                if (response.IsSuccessStatusCode || DateTime.UtcNow > deadline)
                {
                    await response.EnsureAsync(what, token);
                    return;
                }

                await Task.Delay(500, token);
            }
        }
    }
}
