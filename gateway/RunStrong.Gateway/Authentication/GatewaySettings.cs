namespace RunStrong.Gateway.Authentication;

/// <summary>The "Gateway" configuration section.</summary>
public sealed class GatewaySettings
{
    public const string Section = "Gateway";

    /// <summary>
    /// How long a key's owner is cached. This bounds how long a revoked key keeps working at the gateway
    /// (docs/SECURITY.md states it).
    /// </summary>
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>How long an unknown key is remembered, so guessing keys cannot hammer the cluster.</summary>
    public int UnknownKeyCacheSeconds { get; set; } = 5;

    /// <summary>
    /// Tenant requests in flight on one gateway before new ones are shed with 503 (see LoadShedding). About
    /// four times what two silos on two cores kept acknowledging within a second in the club benchmark.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 512;

    /// <summary>
    /// The answer time the gateway holds tenant requests to: while more than 5 % of them take longer, it lets fewer
    /// in at once (down to <see cref="MinConcurrentRequests"/>) and sheds the rest with 503 (see AdmissionLimit). Far
    /// above a healthy p99 (tens of ms). Since the limit keeps about 5 % of answers above it, the target sets the p99 a
    /// client sees under overload: at 1 s, runs logged at twice what the platform takes were acknowledged with a p99
    /// of 3.4 s; at 500 ms, 0.8 s, with as many acknowledged per second (docs/BENCHMARKS.md, challenge scenario).
    /// </summary>
    public int LatencyTargetMilliseconds { get; set; } = 500;

    /// <summary>The fewest tenant requests in flight the gateway still lets in however slow answers are.</summary>
    public int MinConcurrentRequests { get; set; } = 16;

    /// <summary>
    /// How long the gateway waits for a silo's answer to an ordinary tenant request (not an event stream or an upload)
    /// before it answers 503 + Retry-After itself; the proxy's own activity timeout (60 s) is for the rest.
    /// </summary>
    public int ProxyTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// Keys one client address may have looked up per minute (unknown to the gateway's cache) or admin keys it
    /// may get wrong, before it gets 429. A genuine client's key is cached after its first use.
    /// </summary>
    public int KeyLookupsPerMinute { get; set; } = 60;

    /// <summary>Requests per minute one client address may make to routes that need no key (the OpenAPI document, the sign-in page).</summary>
    public int AnonymousRequestsPerMinute { get; set; } = 120;

    /// <summary>
    /// How long a web page session (signed in at /app/ with a staff or athlete key) lasts without use (sliding);
    /// the key's revocation or the tenant's suspension ends it sooner, within <see cref="KeyCacheSeconds"/>.
    /// </summary>
    public int WebSessionIdleMinutes { get; set; } = 12 * 60;

    /// <summary>How long an operator's dashboard session lasts without use (sliding).</summary>
    public int OpsSessionMinutes { get; set; } = 60;
}
