namespace RunStrong.Cli.Api;

/// <summary>An RFC 7807 problem as the platform answers it: status, title, detail and field errors.</summary>
internal sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors);
