namespace RunStrong.Silo.LiveLeaderboards;

/// <summary>The <c>RunStrong:LiveLeaderboards</c> settings: the bounds of the live leaderboard streams one silo serves.</summary>
public sealed class LiveLeaderboardSettings
{
    public const string Section = "RunStrong:LiveLeaderboards";

    /// <summary>Open streams one silo serves at once; past it a new one gets 503 with Retry-After.</summary>
    public int MaxStreams { get; set; } = 1_000;

    /// <summary>
    /// How long one stream lasts before it ends itself: the browser's EventSource reconnects (after the stream's
    /// <c>retry</c>), so a revoked key or a left challenge stops streaming within this bound, and connections rebalance.
    /// </summary>
    public TimeSpan StreamLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A comment line on an idle stream, well inside the gateway's activity timeout (60 s) and common proxy idle timeouts.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>At most one event per this interval per stream: snapshots in between are coalesced to the newest.</summary>
    public TimeSpan MinEventInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long one long poll of the challenge grain waits for a newer snapshot (below its cap of 20 s).</summary>
    public TimeSpan LongPoll { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>What the browser waits before reconnecting (the stream's <c>retry</c> field).</summary>
    public TimeSpan ClientRetry { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The setting at fault, or null when the settings are usable.</summary>
    public string? Problem() =>
        MaxStreams < 1 ? $"{Section}:MaxStreams must be at least 1."
        : StreamLifetime <= TimeSpan.Zero ? $"{Section}:StreamLifetime must be positive."
        : KeepAliveInterval <= TimeSpan.Zero ? $"{Section}:KeepAliveInterval must be positive."
        : MinEventInterval < TimeSpan.Zero ? $"{Section}:MinEventInterval must not be negative."
        : LongPoll <= TimeSpan.Zero || LongPoll > Grains.ChallengeGrain.MaxLongPoll ? $"{Section}:LongPoll must be positive and at most {Grains.ChallengeGrain.MaxLongPoll}."
        : ClientRetry <= TimeSpan.Zero ? $"{Section}:ClientRetry must be positive."
        : null;
}
