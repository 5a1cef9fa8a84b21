[assembly: AssemblyFixture(typeof(RunStrong.Gateway.Tests.PlatformFixture))]

namespace RunStrong.Gateway.Tests;

/// <summary>One in-process platform (Azurite, silo, gateway on real ports) for the whole assembly.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public InProcessPlatform Platform { get; private set; } = null!;

    /// <summary>
    /// How long the gateway trusts a cached key owner in these tests: short, so revocation and suspension
    /// tests can prove the bound without waiting the production 30 s.
    /// </summary>
    public const int KeyCacheSeconds = 1;

    /// <summary>
    /// How long a live leaderboard stream lasts here: the route matrices read each sample's answer to its end, so a
    /// stream must end soon. The live tests that need longer streams run on a platform of their own.
    /// </summary>
    public const string StreamLifetime = "00:00:01";

    public async ValueTask InitializeAsync() =>
        Platform = await InProcessPlatform.StartAsync(new Dictionary<string, string>
        {
            ["Gateway:KeyCacheSeconds"] = $"{KeyCacheSeconds}",
            ["Gateway:UnknownKeyCacheSeconds"] = "1",
            // Every test talks from 127.0.0.1 with fresh keys and a 1 s key cache: the per-address lookup
            // allowance is proved on a gateway of its own (KeyLookupLimitTests), not on the shared one.
            ["Gateway:KeyLookupsPerMinute"] = "1000000",
            ["Gateway:AnonymousRequestsPerMinute"] = "1000000",
            // Answers over a second on a busy CI machine must not make the shared gateway shed the functional tests'
            // parallel requests: the adaptive limit is proved on gateways of their own (LoadSheddingTests,
            // AdmissionLimitTests, and end to end SlowStorageTests). A floor at the bound keeps it fixed here.
            ["Gateway:MinConcurrentRequests"] = "100000",
        }, new Dictionary<string, string>
        {
            ["RunStrong:LiveLeaderboards:StreamLifetime"] = StreamLifetime,
        });

    public async ValueTask DisposeAsync()
    {
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
    }
}
