namespace RunStrong.Cli.Api;

/// <summary>An import job as `GET /api/t/{tenantId}/imports/{importId}` answers it (docs/API.md).</summary>
internal sealed record ImportJob(
    string Id,
    string Status,
    bool DryRun,
    string Format,
    long Total,
    long Processed,
    long Created,
    long Updated,
    long Unchanged,
    long Failed,
    double Rate,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? FailureReason)
{
    public bool IsFinished => Status is "completed" or "failed" or "cancelled";

    public TimeSpan? Duration => FinishedAt - (StartedAt ?? CreatedAt);
}
