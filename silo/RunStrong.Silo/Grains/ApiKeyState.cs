using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Grains;

/// <summary>What an API key grain persists: its owner and the SHA-256 hash of the key.</summary>
public sealed class ApiKeyState
{
    public string? TenantId { get; set; }

    public TenantKind Kind { get; set; }

    public byte[] KeyHash { get; set; } = [];

    public bool Revoked { get; set; }
}
