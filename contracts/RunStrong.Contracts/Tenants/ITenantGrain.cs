namespace RunStrong.Contracts.Tenants;

/// <summary>A gym or club, keyed by its tenant id. Owns the tenant's settings and its API keys.</summary>
public interface ITenantGrain : IGrainWithStringKey
{
    Task<TenantCreation> Create(string name, TenantKind kind);

    Task<TenantInfo?> Describe();

    /// <summary>Issues an additional key; existing keys stay valid. Null when the tenant does not exist.</summary>
    Task<IssuedApiKey?> IssueKey();

    /// <summary>Revokes a key. False when the tenant or the key does not exist.</summary>
    Task<bool> RevokeKey(string keyId);
}
