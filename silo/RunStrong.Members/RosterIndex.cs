namespace RunStrong.Members;

/// <summary>
/// One shard's members, indexed for the directory: by athlete, in each sort's order, and by each folded word of
/// their names, email and external id (so a search looks up the members whose words start with its rarest term
/// instead of reading every member). Publications apply by revision (a stale or repeated one changes nothing) and
/// an erased member leaves a tombstone, so a publication delayed past the erase cannot bring them back.
/// Not thread-safe: its grain owns it.
/// </summary>
public sealed class RosterIndex
{
    private static readonly RosterSort[] Sorts = Enum.GetValues<RosterSort>();

    private readonly Dictionary<string, Entry> byAthlete = new(StringComparer.Ordinal);
    private readonly SortedRun<Entry>[] inOrder = [.. Sorts.Select(sort => new SortedRun<Entry>(entry => entry.Keys[(int)sort]))];

    /// <summary>Every (word, member) pair, by word then athlete id: the members whose words start with a prefix are one range.</summary>
    private readonly SortedRun<Posting> postings = new(posting => posting.Key);
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

        foreach (var word in entry.Words)
        {
            postings.Add(Posting.Of(word, entry));
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

    public RosterPage Query(RosterQuery query) => query.Terms.Count == 0 ? Page(query) : Search(query);

    /// <summary>Everyone, in the sort's order: the page starts where the cursor's key would stand.</summary>
    private RosterPage Page(RosterQuery query)
    {
        var order = inOrder[(int)query.Sort];
        var start = query.After is { } after ? order.UpperBound(after) : 0;
        var end = Math.Min(order.Count, start + query.Limit);
        var items = new List<RosterItem>(end - start);
        for (var i = start; i < end; i++)
        {
            items.Add(new RosterItem(order[i].Listing, order[i].Keys[(int)query.Sort]));
        }

        return new RosterPage(items, end < order.Count, byAthlete.Count);
    }

    /// <summary>
    /// The members whose words start with the longest term (the most selective), kept when every other term starts one
    /// of their words too; then sorted, and the page taken after the cursor. Costs the matches, not the shard.
    /// </summary>
    private RosterPage Search(RosterQuery query)
    {
        var rarest = query.Terms.MaxBy(term => term.Length)!;
        var matches = new HashSet<Entry>(ReferenceEqualityComparer.Instance);
        for (var i = postings.LowerBound(rarest); i < postings.Count && postings[i].Key.StartsWith(rarest, StringComparison.Ordinal); i++)
        {
            if (postings[i].Entry.Matches(query.Terms))
            {
                matches.Add(postings[i].Entry);
            }
        }

        var sort = (int)query.Sort;
        var ordered = matches
            .Select(entry => new RosterItem(entry.Listing, entry.Keys[sort]))
            .Where(item => query.After is null || string.CompareOrdinal(item.Key, query.After) > 0)
            .OrderBy(item => item.Key, StringComparer.Ordinal)
            .ToList();
        return new RosterPage(ordered.Count > query.Limit ? ordered.GetRange(0, query.Limit) : ordered, ordered.Count > query.Limit, matches.Count);
    }

    private void Unindex(Entry entry)
    {
        for (var i = 0; i < Sorts.Length; i++)
        {
            inOrder[i].Remove(entry.Keys[i]);
        }

        foreach (var word in entry.Words)
        {
            postings.Remove(Posting.KeyOf(word, entry));
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

        public MemberListing Listing { get; }

        public string[] Keys { get; }

        public string[] Words { get; }

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

    /// <summary>
    /// One word of one member, keyed word then athlete id (the separator sorts below every character a word holds,
    /// so the key starts with the word and a prefix of the word is a prefix of the key).
    /// </summary>
    private readonly record struct Posting(string Key, Entry Entry)
    {
        public static Posting Of(string word, Entry entry) => new(KeyOf(word, entry), entry);

        public static string KeyOf(string word, Entry entry) => string.Concat(word, "\u0001", entry.Listing.AthleteId);
    }
}
