using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Grains;

/// <summary>
/// The athlete's own keys: staff issue and revoke them here, and the athlete's state lists their ids, so that
/// erasing the athlete can revoke every one (<see cref="RevokeAllKeys"/>). The secret's hash lives only in the
/// key's own grain, which the gateway asks.
/// </summary>
public sealed partial class AthleteGrain
{
    /// <summary>Revoked keys the athlete's state still lists (see <see cref="ForgetOldRevokedKeys"/>).</summary>
    internal const int KeptRevokedKeys = 20;

    public Task<bool> IsInChallenge(string challengeId) => Task.FromResult(state.State.Challenges.Find(challengeId)?.IsMember == true);

    public async Task<AthleteKeyIssue> IssueKey()
    {
        if (!state.State.Exists())
        {
            return AthleteKeyIssue.NoAthlete;
        }

        var material = ApiKey.Generate();
        var now = clock.GetUtcNow();

        // Listed before it is registered: a key that works is always one erase can find. If registering fails,
        // the listed key never authenticates (fail closed) and staff issue another.
        var listed = await state.UpdateAsync(this, athlete =>
        {
            if (athlete.Keys.Count(k => k.RevokedAt is null) >= AthleteKeyIssue.MaxLiveKeys)
            {
                return Change<bool>.None(false);
            }

            athlete.Keys.Add(new ApiKeyInfo(material.KeyId, now, null));
            ForgetOldRevokedKeys(athlete.Keys);
            return Change<bool>.Write(true);
        });
        if (!listed)
        {
            return AthleteKeyIssue.TooManyKeys;
        }

        await GrainFactory.GetGrain<IApiKeyGrain>(material.KeyId).RegisterAthleteKey(AthleteKey.TenantId, AthleteKey.AthleteId, material.Hash);
        return new AthleteKeyIssue(new IssuedApiKey(material.KeyId, material.Key), true);
    }

    public Task<IReadOnlyList<ApiKeyInfo>?> ListKeys() =>
        Task.FromResult<IReadOnlyList<ApiKeyInfo>?>(state.State.Exists() ? [.. state.State.Keys] : null);

    public async Task<bool> RevokeKey(string keyId)
    {
        if (state.State.Keys.Find(k => k.KeyId == keyId) is null)
        {
            return false;
        }

        await RevokeListed([keyId]);
        return true;
    }

    /// <summary>Revokes every key of the athlete (erase uses it); idempotent, so a resumed erase may call it again.</summary>
    public async Task<int> RevokeAllKeys()
    {
        var live = state.State.Keys.Where(k => k.RevokedAt is null).Select(k => k.KeyId).ToList();
        await RevokeListed(live);
        return live.Count;
    }

    /// <summary>
    /// Keeps only the latest <see cref="KeptRevokedKeys"/> revoked keys: enough history for staff to see what was
    /// revoked lately, while issuing and revoking over years cannot grow the athlete's state without bound. A
    /// forgotten key stays revoked in its own grain; only this record of it goes.
    /// </summary>
    private static void ForgetOldRevokedKeys(List<ApiKeyInfo> keys)
    {
        var revoked = keys.Where(k => k.RevokedAt is not null).OrderByDescending(k => k.RevokedAt).ToList();
        foreach (var old in revoked.Skip(KeptRevokedKeys))
        {
            keys.Remove(old);
        }
    }

    /// <summary>Revokes at the key grains first (what authentication consults), then records when.</summary>
    private async Task RevokeListed(IReadOnlyList<string> keyIds)
    {
        await Task.WhenAll(keyIds.Select(id => GrainFactory.GetGrain<IApiKeyGrain>(id).RevokeAthleteKey(AthleteKey.AthleteId)));
        var now = clock.GetUtcNow();
        await state.UpdateAsync(this, athlete =>
        {
            var changed = false;
            for (var i = 0; i < athlete.Keys.Count; i++)
            {
                if (athlete.Keys[i].RevokedAt is null && keyIds.Contains(athlete.Keys[i].KeyId))
                {
                    athlete.Keys[i] = athlete.Keys[i] with { RevokedAt = now };
                    changed = true;
                }
            }

            return new Change<bool>(changed, changed);
        });
    }
}
