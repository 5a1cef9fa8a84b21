using RunStrong.Contracts.Security;

namespace RunStrong.Contracts.Erasure;

/// <summary>
/// One tenant's offboarding, keyed by its erasure id (<see cref="Identity.ErasureId"/>): a resumable job that removes
/// every trace of the tenant. Platform scope: only the admin (and the tenant grain, acting for the admin) reach it.
/// Its own record (tenant id, counts, times; nothing of the tenant's data) is kept as the proof of erasure.
/// </summary>
[GrainScope(GrainScope.Platform)]
public interface ITenantErasureGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts erasing <paramref name="tenantId"/>; a repeated start changes nothing, except that an erasure that failed
    /// goes on again from the phase it stopped in. Interleaved: the tenant grain asks
    /// again when it activates, which may be while this erasure's own phase is calling it.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<TenantErasureProgress> Start(string tenantId);

    /// <summary>The erasure's progress; null when there is no such erasure.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<TenantErasureProgress?> Progress();
}
