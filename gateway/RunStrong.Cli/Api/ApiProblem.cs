namespace RunStrong.Cli.Api;

/// <summary>
/// An RFC 7807 problem as the platform answers it: status, title, detail, field errors and, where the route gives
/// one, its <c>problem</c> code (an activity file's <c>crcMismatch</c>, <c>unknownFormat</c>, ...).
/// </summary>
internal sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, string? Code = null);
