using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>One API key, keyed by its public key id; answers the gateway's "whose key is this?".</summary>
public sealed class ApiKeyGrain(
    [PersistentState("apiKey", StorageNames.Tenants)] IPersistentState<ApiKeyState> state)
    : Grain, IApiKeyGrain
{
    public Task Register(string tenantId, TenantKind kind, byte[] keyHash) =>
        state.UpdateAsync(this, key =>
        {
            if (key.TenantId is not null)
            {
                // Key ids are 64 random bits: a collision is an error to surface, never an overwrite.
                throw new InvalidOperationException($"API key id '{this.GetPrimaryKeyString()}' is already registered.");
            }

            key.TenantId = tenantId;
            key.Kind = kind;
            key.KeyHash = keyHash;
            return Change<bool>.Write(true);
        });

    public Task<ApiKeyOwner?> Authenticate(byte[] keyHash)
    {
        var key = state.State;
        var genuine = key.TenantId is not null && !key.Revoked && ApiKey.HashesMatch(key.KeyHash, keyHash);
        return Task.FromResult(genuine ? new ApiKeyOwner(key.TenantId!, key.Kind) : null);
    }

    public Task Revoke() =>
        state.UpdateAsync(this, key =>
        {
            if (key.TenantId is null || key.Revoked)
            {
                return Change<bool>.None(false);
            }

            key.Revoked = true;
            return Change<bool>.Write(true);
        });
}
