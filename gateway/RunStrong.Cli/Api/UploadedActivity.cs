namespace RunStrong.Cli.Api;

/// <summary>
/// The part of an uploaded activity (<c>POST …/athletes/{athleteId}/activities</c>, docs/API.md) the CLI shows and
/// prints with --json; enums stay strings so a new sport or format never breaks the CLI.
/// </summary>
internal sealed record UploadedActivity(
    string Id,
    string Format,
    string Sport,
    DateTimeOffset StartedAt,
    double DistanceKm,
    double DurationMin,
    string LoggedAs,
    string? ReplacedRunId,
    IReadOnlyList<string>? Warnings);
