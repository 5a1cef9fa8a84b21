using Orleans.Concurrency;
using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Tenants;

/// <summary>A gym or club, keyed by its tenant id. Owns the tenant's settings, status and API keys.</summary>
[GrainScope(GrainScope.Tenant, AllowPlatformAdmin = true)]
public interface ITenantGrain : IGrainWithStringKey
{
    Task<TenantCreation> Create(string name, TenantKind kind, TenantLimits limits);

    Task<TenantInfo?> Describe();

    /// <summary>Issues an additional key; existing keys stay valid. Null when the tenant does not exist.</summary>
    Task<IssuedApiKey?> IssueKey();

    /// <summary>Revokes a key. False when the tenant or the key does not exist.</summary>
    Task<bool> RevokeKey(string keyId);

    /// <summary>Suspends or resumes the tenant: every key follows. Null when the tenant does not exist.</summary>
    Task<TenantInfo?> SetStatus(TenantStatus status);

    /// <summary>
    /// What the gateway enforces for the tenant's keys now (kind, status, limits); null when the tenant does not
    /// exist. Athlete keys read it when they authenticate (a gateway cache miss), instead of holding a copy the
    /// tenant would have to push to every one of them.
    /// </summary>
    [ReadOnly, AlwaysInterleave]
    Task<ApiKeyOwner?> CurrentKeyOwner();

    /// <summary>Replaces the tenant's limits. Null when the tenant does not exist.</summary>
    Task<TenantInfo?> SetLimits(TenantLimits limits);

    /// <summary>
    /// Marks a suspended tenant as being erased by <paramref name="erasureId"/> (or keeps the erasure already marked)
    /// and makes sure that erasure runs. While marked, the tenant cannot be resumed, changed or created again.
    /// </summary>
    Task<Erasure.ErasureStart> BeginErasure(string erasureId);

    /// <summary>Revokes every key of the tenant at its key grain; the ids of all its keys, for the erasure to remove.</summary>
    Task<IReadOnlyList<string>> RevokeKeysForErasure();

    /// <summary>Deletes the tenant's record: the last step of its erasure, after which the id is free again.</summary>
    Task EraseRecord();
}
