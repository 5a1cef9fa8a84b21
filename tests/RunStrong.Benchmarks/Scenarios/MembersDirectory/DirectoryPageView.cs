namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>A directory page as the scenario reads it: items, the cursor of the next page (null at the end), every match.</summary>
public sealed record DirectoryPageView(IReadOnlyList<DirectoryItemView> Items, string? Next, int Total);
