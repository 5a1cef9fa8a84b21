namespace RunStrong.Contracts.Tenants;

/// <summary>
/// What one tenant may use at the gateway: a request rate (token bucket: <see cref="Burst"/> at once,
/// refilled at <see cref="RequestsPerMinute"/>) and the largest request body. Set per tenant by the admin.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TenantLimits(
    [property: Id(0)] int RequestsPerMinute,
    [property: Id(1)] int Burst,
    [property: Id(2)] long MaxBodyBytes)
{
    public const int MaxRequestsPerMinute = 1_000_000;
    public const long LargestBodyBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Defaults: 1,200 requests a minute with bursts of 200 covers a gym's front desk and a club's busiest
    /// race morning; 1 MB is far above any athlete document (gym imports get their own allowance).
    /// </summary>
    public static TenantLimits Default { get; } = new(1_200, 200, 1024 * 1024);
}
