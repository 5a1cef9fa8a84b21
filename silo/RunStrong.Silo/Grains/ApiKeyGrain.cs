using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>One API key, keyed by its public key id; answers the gateway's "whose key is this?".</summary>
public sealed class ApiKeyGrain(
    [PersistentState("apiKey", StorageNames.Tenants)] IPersistentState<ApiKeyState> state, TimeProvider clock)
    : Grain, IApiKeyGrain
{
    /// <summary>
    /// Sessions one key may hold at once. A gym's staff key may be shared by its front desk's browsers; past this
    /// the least recently used session is dropped, so a key's state stays small however often it signs in.
    /// </summary>
    public const int MaxSessions = 50;

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

    public Task<ApiKeyOwner?> Authenticate(byte[] keyHash) =>
        state.State.Revoked || !ApiKey.HashesMatch(state.State.KeyHash, keyHash) ? Task.FromResult<ApiKeyOwner?>(null) : CurrentOwner();

    public async Task<ApiKeyOwner?> OpenSession(byte[] keyHash, byte[] sessionHash, TimeSpan idleTimeout)
    {
        if (await Authenticate(keyHash) is not { } owner)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        await state.UpdateAsync(this, key =>
        {
            key.Sessions.RemoveAll(session => session.ExpiresAt <= now || ApiKey.HashesMatch(session.SecretHash, sessionHash));
            if (key.Sessions.Count >= MaxSessions)
            {
                key.Sessions.Remove(key.Sessions.MinBy(session => session.ExpiresAt)!);
            }

            key.Sessions.Add(new WebSessionRecord { SecretHash = sessionHash, OpenedAt = now, ExpiresAt = now + idleTimeout, IdleTimeout = idleTimeout });
            return Change<bool>.Write(true);
        });
        return owner;
    }

    public async Task<ApiKeyOwner?> ResumeSession(byte[] sessionHash)
    {
        var now = clock.GetUtcNow();
        var session = state.State.Sessions.Find(candidate => ApiKey.HashesMatch(candidate.SecretHash, sessionHash));
        if (session is null || state.State.Revoked)
        {
            return null;
        }

        if (session.ExpiresAt <= now)
        {
            await EndSession(sessionHash);
            return null;
        }

        // Sliding expiry, written only when it has moved by a tenth of the idle time: a busy browser costs
        // one storage write per few minutes, not one per request (the gateway asks at most once per key cache period).
        if (now + session.IdleTimeout - session.ExpiresAt > session.IdleTimeout / 10)
        {
            await state.UpdateAsync(this, key =>
            {
                // Found again in the state the command runs on: after a write conflict that is a fresh read.
                if (key.Sessions.Find(candidate => ApiKey.HashesMatch(candidate.SecretHash, sessionHash)) is not { } current)
                {
                    return Change<bool>.None(false);
                }

                current.ExpiresAt = now + current.IdleTimeout;
                return Change<bool>.Write(true);
            });
        }

        return await CurrentOwner();
    }

    public Task EndSession(byte[] sessionHash) =>
        state.UpdateAsync(this, key => key.Sessions.RemoveAll(session => ApiKey.HashesMatch(session.SecretHash, sessionHash)) > 0
            ? Change<bool>.Write(true)
            : Change<bool>.None(false));

    /// <summary>The key's owner as the gateway must enforce it now; null for a key never registered.</summary>
    private async Task<ApiKeyOwner?> CurrentOwner()
    {
        var key = state.State;
        if (key.Owner is not { } owner)
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
            key.Sessions.Clear();
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
            key.Sessions.Clear();
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
