namespace RunStrong.Members;

/// <summary>
/// A list kept in order by an ordinal string key, with binary search for where a key is or would be. Inserting
/// shifts what follows (a memory move), which at a shard's thousands of entries costs microseconds and keeps reads
/// simple: a page starts at one binary search, with no view or tree walk that grows with the rest of the list.
/// </summary>
internal sealed class SortedRun<T>(Func<T, string> keyOf)
{
    private readonly List<T> items = [];

    public int Count => items.Count;

    public T this[int index] => items[index];

    public void Add(T item)
    {
        var at = LowerBound(keyOf(item));
        items.Insert(at, item);
    }

    /// <summary>Removes the item with <paramref name="key"/>; false when there is none.</summary>
    public bool Remove(string key)
    {
        var at = LowerBound(key);
        if (at < items.Count && string.Equals(keyOf(items[at]), key, StringComparison.Ordinal))
        {
            items.RemoveAt(at);
            return true;
        }

        return false;
    }

    /// <summary>The index of the first item whose key is not below <paramref name="key"/>.</summary>
    public int LowerBound(string key)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(keyOf(items[middle]), key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The index of the first item whose key is above <paramref name="key"/>.</summary>
    public int UpperBound(string key)
    {
        var at = LowerBound(key);
        return at < items.Count && string.Equals(keyOf(items[at]), key, StringComparison.Ordinal) ? at + 1 : at;
    }
}
