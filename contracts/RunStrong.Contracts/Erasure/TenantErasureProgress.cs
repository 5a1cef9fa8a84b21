namespace RunStrong.Contracts.Erasure;

/// <summary>
/// A tenant erasure as the admin follows it: status and current phase, what was removed so far (keys revoked, grain
/// activations dropped, blobs and table rows deleted), and when it started and finished.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TenantErasureProgress(
    [property: Id(0)] string ErasureId,
    [property: Id(1)] string TenantId,
    [property: Id(2)] ErasureStatus Status,
    [property: Id(3)] string Phase,
    [property: Id(4)] long KeysRevoked,
    [property: Id(5)] long ImportsCancelled,
    [property: Id(6)] long ActivationsDeactivated,
    [property: Id(7)] long BlobsDeleted,
    [property: Id(8)] long TableRowsDeleted,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset? StartedAt,
    [property: Id(11)] DateTimeOffset? FinishedAt,
    [property: Id(12)] string? FailureReason);
