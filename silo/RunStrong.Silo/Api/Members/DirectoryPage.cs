namespace RunStrong.Silo.Api.Members;

/// <summary>A page of the members directory: <see cref="Next"/> is null on the last page; <see cref="Total"/> counts every match.</summary>
public sealed record DirectoryPage(IReadOnlyList<DirectoryItem> Items, string? Next, int Total);
