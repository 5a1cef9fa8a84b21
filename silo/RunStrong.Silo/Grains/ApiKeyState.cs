using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Grains;

/// <summary>What an API key grain persists: the SHA-256 of the key and its tenant as the gateway enforces it.</summary>
public sealed class ApiKeyState
{
    public ApiKeyOwner? Owner { get; set; }

    public byte[] KeyHash { get; set; } = [];

    public bool Revoked { get; set; }

    /// <summary>Browser sessions signed in with this key (at most <see cref="ApiKeyGrain.MaxSessions"/>, oldest dropped first).</summary>
    public List<WebSessionRecord> Sessions { get; set; } = [];
}
