namespace RunStrong.Coaching.Log.Reading;

/// <summary>Entries newest first; <see cref="Next"/> is the cursor of the page after this one, null when this is the last.</summary>
public sealed record LogPage<T>(IReadOnlyList<T> Items, string? Next);
