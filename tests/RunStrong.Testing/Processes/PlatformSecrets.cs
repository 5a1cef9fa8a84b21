using System.Security.Cryptography;

namespace RunStrong.Testing.Processes;

/// <summary>Fresh admin and signing secrets for one platform run (never the documented development ones).</summary>
public sealed record PlatformSecrets(string AdminKey, string SigningKey)
{
    /// <param name="owner">A word naming who runs the platform ("bench", "test"), at the start of each secret.</param>
    public static PlatformSecrets Generate(string owner) => new(Random(owner, "admin"), Random(owner, "signing"));

    // 32 random bytes as hex: 64 characters, above the hosts' 32-character minimum.
    private static string Random(string owner, string purpose) => $"{owner}-{purpose}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}";
}
