using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>One API key, keyed by its public key id; answers the gateway's "whose key is this?".</summary>
public sealed class ApiKeyGrain(
    [PersistentState("apiKey", StorageNames.Tenants)] IPersistentState<ApiKeyState> state)
    : Grain, IApiKeyGrain
{
    public Task Register(ApiKeyOwner owner, byte[] keyHash) =>
        state.UpdateAsync(this, key =>
        {
            if (key.Owner is not null)
            {
                // Key ids are 64 random bits: a collision is an error to surface, never an overwrite.
                throw new InvalidOperationException($"API key id '{this.GetPrimaryKeyString()}' is already registered.");
            }

            key.Owner = owner;
            key.KeyHash = keyHash;
            return Change<bool>.Write(true);
        });

    public Task<ApiKeyOwner?> Authenticate(byte[] keyHash)
    {
        var key = state.State;
        var genuine = key.Owner is not null && !key.Revoked && ApiKey.HashesMatch(key.KeyHash, keyHash);
        return Task.FromResult(genuine ? key.Owner : null);
    }

    public Task Update(ApiKeyOwner owner) =>
        state.UpdateAsync(this, key =>
        {
            if (key.Owner is null || key.Owner.TenantId != owner.TenantId || key.Owner == owner)
            {
                return Change<bool>.None(false);
            }

            key.Owner = owner;
            return Change<bool>.Write(true);
        });

    public Task Revoke() =>
        state.UpdateAsync(this, key =>
        {
            if (key.Owner is null || key.Revoked)
            {
                return Change<bool>.None(false);
            }

            key.Revoked = true;
            return Change<bool>.Write(true);
        });
}
