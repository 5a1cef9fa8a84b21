namespace RunStrong.Gateway.Tests.Challenges;

/// <summary>
/// A platform of its own for the live leaderboard tests: streams that last long enough to see a run arrive, keep-alives
/// every second, few streams per silo and few requests in flight at the gateway, so the bounds show in a handful of requests.
/// </summary>
public sealed class LivePlatformFixture : IAsyncLifetime
{
    /// <summary>Streams the silo serves at once here.</summary>
    public const int MaxStreams = 4;

    /// <summary>Ordinary requests in flight at the gateway here: fewer than <see cref="MaxStreams"/>, so counting streams would shed.</summary>
    public const int MaxConcurrentRequests = 3;

    public InProcessPlatform Platform { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Platform = await InProcessPlatform.StartAsync(
            new Dictionary<string, string>
            {
                ["Gateway:MaxConcurrentRequests"] = $"{MaxConcurrentRequests}",
                ["Gateway:KeyLookupsPerMinute"] = "1000000",
            },
            new Dictionary<string, string>
            {
                ["RunStrong:LiveLeaderboards:MaxStreams"] = $"{MaxStreams}",
                ["RunStrong:LiveLeaderboards:StreamLifetime"] = "00:01:00",
                ["RunStrong:LiveLeaderboards:KeepAliveInterval"] = "00:00:01",
            });

    public async ValueTask DisposeAsync()
    {
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
    }
}
