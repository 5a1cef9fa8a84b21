using RunStrong.Contracts.Erasure;

namespace RunStrong.Silo.Grains;

/// <summary>What a tenant erasure persists: its tenant, status, cursor (the phase) and counters. Nothing of the tenant's data.</summary>
public sealed class TenantErasureState
{
    public string? TenantId { get; set; }

    public ErasureStatus Status { get; set; }

    public TenantErasePhase Phase { get; set; }

    /// <summary>The tenant's key ids (revoked in the first phase), whose key grains are keyed by key id, not by tenant.</summary>
    public List<string> KeyIds { get; set; } = [];

    public long ImportsCancelled { get; set; }

    public long ActivationsDeactivated { get; set; }

    public long BlobsDeleted { get; set; }

    public long TableRowsDeleted { get; set; }

    /// <summary>Attempts in a row that failed; the erasure fails after too many, rather than retrying forever.</summary>
    public int Failures { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? FailureReason { get; set; }
}
