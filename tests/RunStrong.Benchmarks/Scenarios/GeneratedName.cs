namespace RunStrong.Benchmarks.Scenarios;

/// <summary>The identity columns of one generated member row.</summary>
public sealed record GeneratedName(string FirstName, string LastName, string Email);
