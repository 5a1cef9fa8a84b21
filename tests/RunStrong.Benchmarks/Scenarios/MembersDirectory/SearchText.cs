namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>One search the load sends (<c>?q=</c>), and its kind.</summary>
public sealed record SearchText(string Query, SearchKind Kind);
