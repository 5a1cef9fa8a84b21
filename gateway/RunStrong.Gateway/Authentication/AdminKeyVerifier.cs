using System.Security.Cryptography;
using System.Text;

namespace RunStrong.Gateway.Authentication;

/// <summary>Checks the platform admin key in constant time (hash both sides so lengths leak nothing either).</summary>
public sealed class AdminKeyVerifier(string adminKey)
{
    private readonly byte[] expected = SHA256.HashData(Encoding.UTF8.GetBytes(adminKey));

    public bool IsAdmin(string? presented) =>
        !string.IsNullOrEmpty(presented)
        && CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
