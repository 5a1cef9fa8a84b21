using System.Net;
using System.Security.Cryptography;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;

namespace RunStrong.Benchmarks.Scenarios.Pages;

/// <summary>
/// The athlete page (<c>GET /app/athletes/{id}</c>) rendered by the gateway for a signed-in browser session: six
/// API reads through the gateway's own public API, then the HTML with its SVG charts. Baseline: the heaviest of
/// those reads alone (the coaching report through the gateway with the tenant key), so the ratio says what the
/// page costs over its data. Run it with <c>--concurrency 10</c> (ten people on the page at once).
/// </summary>
public sealed class PagesScenario : IScenario
{
    public string Name => "pages";

    public string Description => "athlete page server render for a signed-in session vs the coaching report API call it makes";

    public async Task<ScenarioPlan> PrepareAsync(LocalPlatform platform, CancellationToken cancellationToken)
    {
        using var gateway = new HttpClient { BaseAddress = platform.GatewayUri };
        var tenant = await new AdminApi(gateway, platform.Secrets)
            .CreateTenantAsync($"bench-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", "Benchmark Gym", "gym", cancellationToken);
        var athletePath = $"/api/t/{tenant.Id}/athletes/{PageAthlete.Id}";
        await PageAthlete.SeedAsync(gateway, athletePath, tenant.ApiKey, cancellationToken);
        var session = await BrowserSession.SignInAsync(platform.GatewayUri, tenant.ApiKey, cancellationToken);

        var page = new LoadTarget("page", platform.GatewayUri, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/app/athletes/{PageAthlete.Id}");
            request.Headers.TryAddWithoutValidation("Cookie", session);
            return request;
        }, HttpStatusCode.OK);
        var report = new LoadTarget("report", platform.GatewayUri,
            () => TenantRequests.Create(HttpMethod.Get, athletePath + "/recommendations", tenant.ApiKey), HttpStatusCode.OK);
        return new ScenarioPlan(page, report);
    }
}
