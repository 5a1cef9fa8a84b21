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
}
