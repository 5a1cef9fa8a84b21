namespace RunStrong.Contracts.Tenants;

/// <summary>
/// One API key, keyed by its public key id. Holds only the SHA-256 hash of the key and a copy of what the
/// gateway enforces for its tenant (status, limits), kept current by the tenant grain.
/// </summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    Task Register(ApiKeyOwner owner, byte[] keyHash);

    /// <summary>The owner when <paramref name="keyHash"/> matches a live key; otherwise null.</summary>
    Task<ApiKeyOwner?> Authenticate(byte[] keyHash);

    /// <summary>Takes the tenant's current status and limits.</summary>
    Task Update(ApiKeyOwner owner);

    Task Revoke();
}
