using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace RunStrong.Contracts.Security;

/// <summary>
/// Tenant API keys: <c>rs_{keyId}_{secret}</c>. The key id is public and locates the key's record; the
/// secret is 256 random bits. Only SHA-256 hashes are stored: with that much entropy a slow password hash
/// adds nothing, and a fast one keeps per-request authentication cheap.
/// </summary>
public static class ApiKey
{
    private const string Prefix = "rs_";
    private const int KeyIdBytes = 8;
    private const int SecretBytes = 32;
    private static readonly int KeyIdLength = KeyIdBytes * 2;
    private static readonly int SecretLength = Base64Url.GetEncodedLength(SecretBytes);
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static IssuedKeyMaterial Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdBytes));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = $"{Prefix}{keyId}_{secret}";
        return new IssuedKeyMaterial(keyId, key, Hash(key));
    }

    /// <summary>Reads the key id out of a presented key; false when the key is not of our form at all.</summary>
    public static bool TryGetKeyId(string? key, [NotNullWhen(true)] out string? keyId)
    {
        keyId = null;
        if (key is null || key.Length != Prefix.Length + KeyIdLength + 1 + SecretLength || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var id = key.AsSpan(Prefix.Length, KeyIdLength);
        if (key[Prefix.Length + KeyIdLength] != '_' || id.ContainsAnyExcept(HexDigits))
        {
            return false;
        }

        keyId = id.ToString();
        return true;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Compares hashes in constant time, so response timing says nothing about how close a guess was.</summary>
    public static bool HashesMatch(ReadOnlySpan<byte> stored, ReadOnlySpan<byte> presented) =>
        CryptographicOperations.FixedTimeEquals(stored, presented);
}
