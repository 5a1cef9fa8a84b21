namespace RunStrong.Contracts.Security;

/// <summary>
/// Headers in which the gateway forwards the authenticated caller to the silos. The gateway removes every
/// client-sent header with <see cref="Prefix"/>, so only the gateway can set these; <see cref="SignedCallerHeaders"/>
/// writes and reads them.
/// </summary>
public static class TenantContextHeaders
{
    public const string Prefix = "X-RunStrong-";
    public const string Role = "X-RunStrong-Role";
    public const string Tenant = "X-RunStrong-Tenant";
    public const string TenantKind = "X-RunStrong-Tenant-Kind";

    /// <summary>The athlete of an athlete caller (<see cref="CallerRole.Athlete"/>); absent for every other caller.</summary>
    public const string Athlete = "X-RunStrong-Athlete";
    public const string Timestamp = "X-RunStrong-Timestamp";
    public const string Nonce = "X-RunStrong-Nonce";
    public const string BodySha256 = "X-RunStrong-Body-Sha256";
    public const string Signature = "X-RunStrong-Signature";
}
