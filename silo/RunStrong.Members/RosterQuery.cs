namespace RunStrong.Members;

/// <summary>
/// A directory query: members whose words start with every one of <see cref="Terms"/> (folded; none: everyone),
/// in <see cref="Sort"/> order, the <see cref="Limit"/> after the key <see cref="After"/> (null: from the start).
/// </summary>
public sealed record RosterQuery(IReadOnlyList<string> Terms, RosterSort Sort, string? After, int Limit)
{
    public const int MaxLimit = 100;
    public const int DefaultLimit = 50;

    /// <summary>The longest search text: a full name and email fit; longer is not a search.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>The query for the search text <paramref name="q"/> as a person typed it.</summary>
    public static RosterQuery For(string? q, RosterSort sort, string? after, int limit) =>
        new(SearchFolding.Words(q), sort, after, limit);
}
