using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RunStrong.Contracts.Security;

/// <summary>
/// HMAC-SHA256 over the caller, method, path and timestamp, with a secret shared by gateway and silos.
/// A request that bypasses the gateway cannot produce it; one replayed later than <see cref="MaxClockSkew"/>
/// is refused.
/// </summary>
public sealed class RequestSigner
{
    /// <summary>How far a signature's timestamp may be from the verifier's clock, either way.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(60);

    /// <summary>Shortest secret accepted: 256 bits, the HMAC-SHA256 block strength.</summary>
    public const int MinSecretBytes = 32;

    private readonly byte[] secret;

    public RequestSigner(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        this.secret = Encoding.UTF8.GetBytes(secret);
        if (this.secret.Length < MinSecretBytes)
        {
            throw new ArgumentException($"The signing secret must be at least {MinSecretBytes} bytes.", nameof(secret));
        }
    }

    public string Sign(CallerContext caller, string method, string pathAndQuery, long unixSeconds)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(caller, method, pathAndQuery, unixSeconds, mac);
        return Base64Url.EncodeToString(mac);
    }

    public bool Verify(CallerContext caller, string method, string pathAndQuery, long unixSeconds, string signature, DateTimeOffset now)
    {
        var age = now - DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        if (age.Duration() > MaxClockSkew)
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Base64Url.TryDecodeFromChars(signature, presented, out var written) || written != presented.Length)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(caller, method, pathAndQuery, unixSeconds, expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }

    private void Compute(CallerContext caller, string method, string pathAndQuery, long unixSeconds, Span<byte> mac)
    {
        var canonical = string.Join('\n',
            caller.Role.ToString(),
            caller.TenantId ?? "",
            caller.TenantKind?.ToString() ?? "",
            method.ToUpperInvariant(),
            pathAndQuery,
            unixSeconds.ToString(CultureInfo.InvariantCulture));
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(canonical), mac);
    }
}
