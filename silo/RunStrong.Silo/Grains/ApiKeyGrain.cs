using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>One API key, keyed by its public key id; answers the gateway's "whose key is this?".</summary>
public sealed class ApiKeyGrain(
    [PersistentState("apiKey", StorageNames.Tenants)] IPersistentState<ApiKeyState> state)
    : Grain, IApiKeyGrain
{
    public Task Register(ApiKeyOwner owner, byte[] keyHash) => Store(owner, keyHash);

    public async Task RegisterAthleteKey(string tenantId, string athleteId, byte[] keyHash)
    {
        if (!string.Equals(GrainCaller.CurrentTenant, tenantId, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"Only tenant '{tenantId}' may register its athletes' keys.");
        }

        // The kind, status and limits stored here are only a starting copy: Authenticate reads them afresh.
        var tenant = await GrainFactory.GetGrain<ITenantGrain>(tenantId).CurrentKeyOwner()
            ?? throw new InvalidOperationException($"Tenant '{tenantId}' does not exist.");
        await Store(tenant with { AthleteId = athleteId }, keyHash);
    }

    public async Task<ApiKeyOwner?> Authenticate(byte[] keyHash)
    {
        var key = state.State;
        if (key.Owner is not { } owner || key.Revoked || !ApiKey.HashesMatch(key.KeyHash, keyHash))
        {
            return null;
        }

        if (owner.AthleteId is null)
        {
            return owner;
        }

        // An athlete key asks its tenant for the current status and limits at every authentication (the gateway
        // asks only on a cache miss: once per key per cache period). The tenant grain then never fans a
        // suspension out to its athletes' keys (there may be one per member), and a suspension reaches them
        // within the same cache bound as tenant keys. The key acts for the tenant it just proved it belongs to.
        GrainCaller.EnterTenant(owner.TenantId);
        return await GrainFactory.GetGrain<ITenantGrain>(owner.TenantId).CurrentKeyOwner() is { } tenant
            ? tenant with { AthleteId = owner.AthleteId }
            : null;
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

    public Task<bool> RevokeAthleteKey(string athleteId) =>
        state.UpdateAsync(this, key =>
        {
            if (key.Owner is not { AthleteId: { } owner } || owner != athleteId
                || !string.Equals(key.Owner.TenantId, GrainCaller.CurrentTenant, StringComparison.Ordinal))
            {
                return Change<bool>.None(false);
            }

            if (key.Revoked)
            {
                return Change<bool>.None(true);
            }

            key.Revoked = true;
            return Change<bool>.Write(true);
        });

    private Task<bool> Store(ApiKeyOwner owner, byte[] keyHash) =>
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
}
