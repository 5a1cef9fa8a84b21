namespace RunStrong.Cli.Activities;

/// <summary>
/// One file's upload, as printed per file and by --json: the outcome, the HTTP status, and either the activity
/// (uploaded or already there) or why not (the problem's code and detail, or the error).
/// </summary>
internal sealed record FileUploadResult(
    string File,
    UploadOutcome Outcome,
    int? Status,
    Api.UploadedActivity? Activity = null,
    string? Problem = null,
    string? Detail = null);
