using Xunit;
using RunStrong.Testing;

[assembly: AssemblyFixture(typeof(RunStrong.Web.Tests.WebPlatform))]

namespace RunStrong.Web.Tests;

/// <summary>One in-process platform (Azurite, silo, gateway with the pages, on real loopback ports) for the whole assembly.</summary>
public sealed class WebPlatform : IAsyncLifetime
{
    /// <summary>Short, so revocation and suspension tests prove the bound without the production 30 s.</summary>
    public const int KeyCacheSeconds = 1;

    public InProcessPlatform Platform { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Platform = await InProcessPlatform.StartAsync(new Dictionary<string, string>
        {
            ["Gateway:KeyCacheSeconds"] = $"{KeyCacheSeconds}",
            ["Gateway:UnknownKeyCacheSeconds"] = "1",
            // Every test signs in from 127.0.0.1; the per-address allowance is the gateway tests' subject, not these.
            ["Gateway:KeyLookupsPerMinute"] = "1000000",
            ["Gateway:AnonymousRequestsPerMinute"] = "1000000",
        });

    public async ValueTask DisposeAsync()
    {
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
    }
}
