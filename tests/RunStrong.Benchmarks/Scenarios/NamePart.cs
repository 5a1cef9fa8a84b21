namespace RunStrong.Benchmarks.Scenarios;

/// <summary>A first or last name as written, and as it is spelled in an email address (ASCII, no spaces).</summary>
public sealed record NamePart(string Written, string InEmail);
