using RunStrong.Contracts.Erasure;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>
/// A gym or club: its settings, status and keys. Keys are issued here and registered with their key grain;
/// status and limit changes are pushed to every live staff key, which is what the gateway reads. Athlete keys are
/// not listed here (their athletes list them) and read the tenant's status and limits when they authenticate.
/// </summary>
public sealed class TenantGrain(
    [PersistentState("tenant", StorageNames.Tenants)] IPersistentState<TenantState> state,
    TimeProvider clock)
    : Grain, ITenantGrain
{
    private string TenantId => this.GetPrimaryKeyString();

    public async Task<TenantCreation> Create(string name, TenantKind kind, TenantLimits limits)
    {
        if (state.State.Exists)
        {
            return TenantCreation.AlreadyExists;
        }

        var material = ApiKey.Generate();
        var now = clock.GetUtcNow();
        var created = await state.UpdateAsync(this, tenant =>
        {
            if (tenant.Exists)
            {
                return Change<bool>.None(false);
            }

            tenant.Name = name;
            tenant.Kind = kind;
            tenant.CreatedAt = now;
            tenant.Status = TenantStatus.Active;
            tenant.Limits = limits;
            tenant.Keys = [new ApiKeyInfo(material.KeyId, now, null)];
            return Change<bool>.Write(true);
        });
        if (!created)
        {
            return TenantCreation.AlreadyExists;
        }

        // The tenant is stored before its key can authenticate: if registering the key fails, the key
        // is simply unusable (fail closed) and the admin issues another.
        await GrainFactory.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).Add(TenantId);
        await RegisterKey(material);
        return new TenantCreation(ToInfo(state.State), new IssuedApiKey(material.KeyId, material.Key));
    }

    public Task<TenantInfo?> Describe() => Task.FromResult(state.State.Exists ? ToInfo(state.State) : null);

    public async Task<IssuedApiKey?> IssueKey()
    {
        if (!state.State.Exists || state.State.ErasureId is not null)
        {
            return null;
        }

        var material = ApiKey.Generate();
        var now = clock.GetUtcNow();
        await state.UpdateAsync(this, tenant =>
        {
            tenant.Keys.Add(new ApiKeyInfo(material.KeyId, now, null));
            return Change<bool>.Write(true);
        });
        await RegisterKey(material);
        return new IssuedApiKey(material.KeyId, material.Key);
    }

    public async Task<bool> RevokeKey(string keyId)
    {
        var key = state.State.Keys.Find(k => k.KeyId == keyId);
        if (!state.State.Exists || key is null)
        {
            return false;
        }

        // Revoke at the key grain first: that is what authentication consults.
        await GrainFactory.GetGrain<IApiKeyGrain>(keyId).Revoke();
        var now = clock.GetUtcNow();
        await state.UpdateAsync(this, tenant =>
        {
            var index = tenant.Keys.FindIndex(k => k.KeyId == keyId);
            if (index < 0 || tenant.Keys[index].RevokedAt is not null)
            {
                return Change<bool>.None(false);
            }

            tenant.Keys[index] = tenant.Keys[index] with { RevokedAt = now };
            return Change<bool>.Write(true);
        });
        return true;
    }

    public Task<ApiKeyOwner?> CurrentKeyOwner() => Task.FromResult(state.State.Exists ? Owner(state.State) : null);

    public Task<TenantInfo?> SetStatus(TenantStatus status) => ApplySetting(tenant => tenant.Status = status);

    public Task<TenantInfo?> SetLimits(TenantLimits limits) => ApplySetting(tenant => tenant.Limits = limits);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // An erasure marked here whose job never got its start (a silo lost in between) is started now.
        if (state.State.ErasureId is { } erasureId)
        {
            GrainCaller.EnterAdmin();
            await GrainFactory.GetGrain<ITenantErasureGrain>(erasureId).Start(TenantId);
        }
    }

    public async Task<ErasureStart> BeginErasure(string erasureId)
    {
        if (!state.State.Exists)
        {
            return new ErasureStart(ErasureStartOutcome.NoTenant, null);
        }

        if (state.State.ErasureId is null && state.State.Status != TenantStatus.Suspended)
        {
            return new ErasureStart(ErasureStartOutcome.NotSuspended, null);
        }

        // Marked before the job starts: a repeated request then finds the same erasure, never a second one.
        await state.UpdateAsync(this, tenant =>
        {
            if (tenant.ErasureId is not null)
            {
                return Change<bool>.None(false);
            }

            tenant.ErasureId = erasureId;
            return Change<bool>.Write(true);
        });
        var marked = state.State.ErasureId!;
        await GrainFactory.GetGrain<ITenantErasureGrain>(marked).Start(TenantId);
        return new ErasureStart(ErasureStartOutcome.Started, marked);
    }

    public async Task<IReadOnlyList<string>> RevokeKeysForErasure()
    {
        var keyIds = state.State.Keys.Select(k => k.KeyId).ToList();
        await Task.WhenAll(keyIds.Select(keyId => GrainFactory.GetGrain<IApiKeyGrain>(keyId).Revoke()));
        return keyIds;
    }

    public async Task EraseRecord()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State = new TenantState(); // until this activation goes, it answers as for a tenant that never existed

        DeactivateOnIdle();
    }

    /// <summary>Stores a settings change, then pushes it to every live key (what the gateway enforces).</summary>
    private async Task<TenantInfo?> ApplySetting(Action<TenantState> change)
    {
        if (!state.State.Exists)
        {
            return null;
        }

        if (state.State.ErasureId is not null)
        {
            // Being erased: suspended for good, whatever is asked.
            return ToInfo(state.State);
        }

        await state.UpdateAsync(this, tenant =>
        {
            change(tenant);
            return Change<bool>.Write(true);
        });
        var owner = Owner(state.State);
        await Task.WhenAll(state.State.Keys.Where(k => k.RevokedAt is null).Select(k => GrainFactory.GetGrain<IApiKeyGrain>(k.KeyId).Update(owner)));
        return ToInfo(state.State);
    }

    private Task RegisterKey(IssuedKeyMaterial material) =>
        GrainFactory.GetGrain<IApiKeyGrain>(material.KeyId).Register(Owner(state.State), material.Hash);

    private ApiKeyOwner Owner(TenantState tenant) => new(TenantId, tenant.Kind, tenant.Status, tenant.Limits);

    private TenantInfo ToInfo(TenantState tenant) =>
        new(TenantId, tenant.Name!, tenant.Kind, tenant.CreatedAt, [.. tenant.Keys], tenant.Status, tenant.Limits);
}
