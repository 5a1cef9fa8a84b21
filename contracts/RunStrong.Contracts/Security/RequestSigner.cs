using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RunStrong.Contracts.Security;

/// <summary>
/// HMAC-SHA256 over a <see cref="SignedRequest"/> with a secret shared by gateway and silos. A request that
/// bypasses the gateway cannot produce it; one older or newer than <see cref="MaxClockSkew"/> is refused, and
/// within that window the silo refuses a nonce it has seen (<c>NonceLedger</c>).
/// </summary>
public sealed class RequestSigner
{
    /// <summary>
    /// How far a signature's timestamp may be from the verifier's clock, either way. Short, because the silo
    /// must remember every nonce for this long: memory is rate x window.
    /// </summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Shortest secret accepted: 256 bits, the HMAC-SHA256 block strength.</summary>
    public const int MinSecretBytes = 32;

    /// <summary>Length of an encoded signature or SHA-256 digest: 32 bytes in unpadded base64url.</summary>
    public const int DigestChars = 43;

    /// <summary>Length of an encoded nonce: 16 random bytes in unpadded base64url.</summary>
    public const int NonceChars = 22;

    /// <summary>The digest of an empty body, signed for requests without one.</summary>
    public static readonly string EmptyBodySha256 = Base64Url.EncodeToString(SHA256.HashData([]));

    /// <summary>Bumped whenever what is signed changes, so an old signer can never match a new verifier.</summary>
    private const string Version = "rs3";

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

    public static string NewNonce() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string Sha256Of(ReadOnlySpan<byte> body) => Base64Url.EncodeToString(SHA256.HashData(body));

    /// <summary>The signed form of a body's digest, read from <paramref name="body"/> to its end.</summary>
    public static async Task<string> Sha256OfAsync(Stream body, CancellationToken cancellationToken) =>
        Base64Url.EncodeToString(await SHA256.HashDataAsync(body, cancellationToken));

    public string Sign(SignedRequest request)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(request, mac);
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>True when <paramref name="signature"/> is this request's, and its time is within <see cref="MaxClockSkew"/> of <paramref name="now"/>.</summary>
    public bool Verify(SignedRequest request, string signature, DateTimeOffset now)
    {
        if (!IsFresh(request.UnixSeconds, now))
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (signature.Length != DigestChars
            || Base64Url.DecodeFromChars(signature, presented, out _, out var written) != OperationStatus.Done || written != presented.Length)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(request, expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }

    public static bool IsFresh(long unixSeconds, DateTimeOffset now) =>
        Math.Abs(now.ToUnixTimeSeconds() - unixSeconds) <= (long)MaxClockSkew.TotalSeconds;

    private void Compute(SignedRequest request, Span<byte> mac)
    {
        // Newline-separated and every field fixed in form (ids, enums, digests have no newline), so no two
        // different requests share a canonical string.
        var canonical = string.Join('\n',
            Version,
            request.Caller.Role.ToString(),
            request.Caller.TenantId ?? "",
            request.Caller.TenantKind?.ToString() ?? "",
            request.Caller.AthleteId ?? "",
            request.Method.ToUpperInvariant(),
            request.Authority.ToLowerInvariant(),
            request.PathAndQuery,
            request.UnixSeconds.ToString(CultureInfo.InvariantCulture),
            request.Nonce,
            request.BodySha256);
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(canonical), mac);
    }
}
