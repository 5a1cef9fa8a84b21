using System.Security.Cryptography;

namespace RunStrong.Benchmarks.Platform;

/// <summary>Fresh admin and signing secrets for one harness run (never the documented development ones).</summary>
public sealed record PlatformSecrets(string AdminKey, string SigningKey)
{
    public static PlatformSecrets Generate() => new(Random("admin"), Random("signing"));

    // 32 random bytes as hex: 64 characters, above the hosts' 32-character minimum.
    private static string Random(string purpose) => $"bench-{purpose}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}";
}
