namespace RunStrong.Members;

/// <summary>
/// One shard's (or the merged) answer: the items after the cursor in sort order, whether more follow them,
/// and how many members match the search in all (the directory's <c>total</c>).
/// </summary>
public sealed record RosterPage(IReadOnlyList<RosterItem> Items, bool HasMore, int Matches)
{
    /// <summary>
    /// Merges the shards' pages of one query: each shard sent its first <paramref name="limit"/> items after the
    /// cursor, so the first <paramref name="limit"/> of all of them, by key, are the directory's.
    /// </summary>
    public static RosterPage Merge(IEnumerable<RosterPage> pages, int limit)
    {
        var all = new List<RosterItem>();
        var anyHasMore = false;
        var matches = 0;
        foreach (var page in pages)
        {
            all.AddRange(page.Items);
            anyHasMore |= page.HasMore;
            matches += page.Matches;
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var hasMore = all.Count > limit || anyHasMore;
        return new RosterPage(all.Count > limit ? all.GetRange(0, limit) : all, hasMore, matches);
    }
}
