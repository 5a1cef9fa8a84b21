namespace RunStrong.Benchmarks.Scenarios;

/// <summary>An import the gateway accepted: its job's <see cref="Location"/> and how long the upload (POST -> 202) took.</summary>
public sealed record StartedImport(Uri Location, TimeSpan UploadTime);
