namespace RunStrong.Members;

/// <summary>
/// One shard's members, indexed for the directory: by athlete, and in each sort's order, with each member's
/// folded words for search. Publications apply by revision (a stale or repeated one changes nothing) and an
/// erased member leaves a tombstone, so a publication delayed past the erase cannot bring them back.
/// Not thread-safe: its grain owns it.
/// </summary>
public sealed class RosterIndex
{
    private static readonly RosterSort[] Sorts = Enum.GetValues<RosterSort>();

    private readonly Dictionary<string, Entry> byAthlete = new(StringComparer.Ordinal);
    private readonly SortedSet<Entry>[] inOrder = [.. Sorts.Select(sort => new SortedSet<Entry>(new KeyComparer(sort)))];
    private readonly Dictionary<string, RosterTombstone> tombstones = new(StringComparer.Ordinal);

    public int Count => byAthlete.Count;

    public IEnumerable<MemberListing> Listings => byAthlete.Values.Select(entry => entry.Listing);

    public IEnumerable<RosterTombstone> Tombstones => tombstones.Values;

    public MemberListing? Find(string athleteId) => byAthlete.GetValueOrDefault(athleteId)?.Listing;

    /// <summary>Takes <paramref name="listing"/> unless the index holds a newer (or equal) revision, or a later erase. True when it changed anything.</summary>
    public bool Apply(MemberListing listing)
    {
        if (tombstones.TryGetValue(listing.AthleteId, out var erased))
        {
            if (erased.Revision >= listing.Revision)
            {
                return false;
            }

            tombstones.Remove(listing.AthleteId);
        }

        if (byAthlete.TryGetValue(listing.AthleteId, out var current))
        {
            if (current.Listing.Revision >= listing.Revision)
            {
                return false;
            }

            Unindex(current);
        }

        var entry = new Entry(listing);
        byAthlete[listing.AthleteId] = entry;
        for (var i = 0; i < Sorts.Length; i++)
        {
            inOrder[i].Add(entry);
        }

        return true;
    }

    /// <summary>Removes the member (an erase at <paramref name="revision"/>) and remembers it. True when it changed anything.</summary>
    public bool Remove(RosterTombstone tombstone)
    {
        if (tombstones.TryGetValue(tombstone.AthleteId, out var known) && known.Revision >= tombstone.Revision)
        {
            return false;
        }

        if (byAthlete.TryGetValue(tombstone.AthleteId, out var current))
        {
            if (current.Listing.Revision > tombstone.Revision)
            {
                return false;
            }

            Unindex(current);
            byAthlete.Remove(tombstone.AthleteId);
        }

        tombstones[tombstone.AthleteId] = tombstone;
        return true;
    }

    /// <summary>
    /// Forgets tombstones older than <paramref name="before"/>: a publication is delivered (or abandoned) within
    /// minutes, so after that a tombstone only costs space.
    /// </summary>
    public int ForgetTombstones(DateTimeOffset before)
    {
        var old = tombstones.Values.Where(t => t.ErasedAt < before).Select(t => t.AthleteId).ToList();
        old.ForEach(id => tombstones.Remove(id));
        return old.Count;
    }

    public RosterPage Query(RosterQuery query)
    {
        var order = inOrder[Array.IndexOf(Sorts, query.Sort)];
        IEnumerable<Entry> candidates = order;
        if (query.After is { } after && order.Count > 0)
        {
            var last = order.Max!;
            var probe = Entry.Probe(query.Sort, after);
            candidates = string.CompareOrdinal(after, last.Keys[(int)query.Sort]) >= 0 ? [] : order.GetViewBetween(probe, last);
        }

        var items = new List<RosterItem>(Math.Min(query.Limit, 64));
        var hasMore = false;
        foreach (var entry in candidates)
        {
            var key = entry.Keys[(int)query.Sort];
            if ((query.After is not null && string.CompareOrdinal(key, query.After) <= 0) || !entry.Matches(query.Terms))
            {
                continue;
            }

            if (items.Count == query.Limit)
            {
                hasMore = true;
                break;
            }

            items.Add(new RosterItem(entry.Listing, key));
        }

        var matches = query.Terms.Count == 0 ? byAthlete.Count : byAthlete.Values.Count(entry => entry.Matches(query.Terms));
        return new RosterPage(items, hasMore, matches);
    }

    private void Unindex(Entry entry)
    {
        for (var i = 0; i < Sorts.Length; i++)
        {
            inOrder[i].Remove(entry);
        }
    }

    /// <summary>A listing with what the index needs of it computed once: its key in each sort and its folded words.</summary>
    private sealed class Entry
    {
        public Entry(MemberListing listing)
        {
            Listing = listing;
            Keys = [.. Sorts.Select(sort => RosterSortKey.Of(listing, sort))];
            Words = [.. new[] { listing.FirstName, listing.LastName, listing.Email, listing.ExternalId }
                .SelectMany(SearchFolding.Words).Distinct(StringComparer.Ordinal)];
        }

        private Entry(RosterSort sort, string key)
        {
            Listing = null!;
            Keys = new string[Sorts.Length];
            Keys[(int)sort] = key;
            Words = [];
        }

        public MemberListing Listing { get; }

        public string[] Keys { get; }

        public string[] Words { get; }

        /// <summary>An entry that only sorts, at <paramref name="key"/>: the lower bound of a page's view.</summary>
        public static Entry Probe(RosterSort sort, string key) => new(sort, key);

        /// <summary>Every term starts one of the member's words (search-as-you-type: "ann ber" finds Anna Berg).</summary>
        public bool Matches(IReadOnlyList<string> terms)
        {
            foreach (var term in terms)
            {
                if (!Array.Exists(Words, word => word.StartsWith(term, StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class KeyComparer(RosterSort sort) : IComparer<Entry>
    {
        public int Compare(Entry? x, Entry? y) => string.CompareOrdinal(x!.Keys[(int)sort], y!.Keys[(int)sort]);
    }
}
