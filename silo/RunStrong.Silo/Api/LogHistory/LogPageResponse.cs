namespace RunStrong.Silo.Api.LogHistory;

/// <summary>
/// Body of the paged log reads: entries as their POST (or PUT) answered them, newest first; <see cref="Next"/> is
/// the <c>after</c> of the next page, null on the last.
/// </summary>
public sealed record LogPageResponse<T>(IReadOnlyList<T> Items, string? Next);
