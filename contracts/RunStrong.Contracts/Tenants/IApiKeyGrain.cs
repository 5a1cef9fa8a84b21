namespace RunStrong.Contracts.Tenants;

/// <summary>
/// One API key, keyed by its public key id. Holds only the SHA-256 hash of the key; the gateway asks it
/// whether a presented key is genuine and for which tenant.
/// </summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    Task Register(string tenantId, TenantKind kind, byte[] keyHash);

    /// <summary>The owner when <paramref name="keyHash"/> matches a live key; otherwise null.</summary>
    Task<ApiKeyOwner?> Authenticate(byte[] keyHash);

    Task Revoke();
}
