using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Tenants;

/// <summary>
/// One API key, keyed by its public key id. Holds only the SHA-256 hash of the key and a copy of what the
/// gateway enforces for its tenant (status, limits), kept current by the tenant grain.
/// </summary>
[GrainScope(GrainScope.Platform)]
public interface IApiKeyGrain : IGrainWithStringKey
{
    Task Register(ApiKeyOwner owner, byte[] keyHash);

    /// <summary>The owner when <paramref name="keyHash"/> matches a live key; otherwise null.</summary>
    /// <remarks>
    /// The gateway asks this before it knows who is calling, so no caller can be required; the answer says
    /// nothing to anyone who does not already hold the key (its SHA-256 is the question).
    /// </remarks>
    [AnyCaller]
    Task<ApiKeyOwner?> Authenticate(byte[] keyHash);

    /// <summary>Takes the tenant's current status and limits.</summary>
    Task Update(ApiKeyOwner owner);

    Task Revoke();
}
