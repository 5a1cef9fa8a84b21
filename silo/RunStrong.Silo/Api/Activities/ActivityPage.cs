namespace RunStrong.Silo.Api.Activities;

/// <summary>A page of activities, newest first; <see cref="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityResponse> Items, string? Next);
