using System.Globalization;

namespace RunStrong.Web.Models;

/// <summary>One bad field of one row of a member file.</summary>
public sealed record ImportRowError(long Line, string Field, string Message);

/// <summary>An import job as <c>GET …/imports/{importId}</c> answers it.</summary>
public sealed record ImportJob(
    string Id,
    string Status,
    bool DryRun,
    string? Format,
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
    string? FailureReason,
    IReadOnlyList<ImportRowError>? Errors)
{
    public bool Finished => Status is "completed" or "failed" or "cancelled";

    public string StatusText => ImportWords.Status(Status);

    public string StatusClass => ImportWords.StatusClass(Status);
}

public sealed record ImportList(IReadOnlyList<ImportJob> Items);

/// <summary>How the imports page words a job, the same in the server's table and in imports.js.</summary>
public static class ImportWords
{
    public static string Status(string status) => status switch
    {
        "queued" => "Queued",
        "running" => "Running",
        "completed" => "Completed",
        "failed" => "Failed",
        "cancelled" => "Cancelled",
        _ => status,
    };

    public static string StatusClass(string status) => status switch
    {
        "completed" => "risk-low",
        "failed" => "risk-high",
        "cancelled" => "risk-moderate",
        _ => "risk-unknown",
    };

    public static string Count(long value) => value < 0 ? "–" : value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>UTC, so the server's table and every viewer read the same time.</summary>
    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";
}
