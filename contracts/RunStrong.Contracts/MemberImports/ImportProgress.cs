namespace RunStrong.Contracts.MemberImports;

/// <summary>An import job as the gym sees it: counters, rate, and the first row errors.</summary>
[GenerateSerializer, Immutable]
public sealed record ImportProgress(
    [property: Id(0)] string Id,
    [property: Id(1)] ImportStatus Status,
    [property: Id(2)] bool DryRun,
    [property: Id(3)] string Format,
    [property: Id(4)] long Total,
    [property: Id(5)] long Processed,
    [property: Id(6)] long Created,
    [property: Id(7)] long Updated,
    [property: Id(8)] long Unchanged,
    [property: Id(9)] long Failed,
    [property: Id(10)] double Rate,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset? StartedAt,
    [property: Id(13)] DateTimeOffset? FinishedAt,
    [property: Id(14)] string? FailureReason,
    [property: Id(15)] IReadOnlyList<ImportRowError> Errors);
