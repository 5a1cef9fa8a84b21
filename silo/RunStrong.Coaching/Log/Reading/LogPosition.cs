namespace RunStrong.Coaching.Log.Reading;

/// <summary>
/// Where an entry stands in a newest-first listing: its moment (<see cref="Key"/>: the UTC ticks of a run's or
/// session's start, the day number of a nutrition day or measurement), then its id to order entries of the same
/// moment. Both come from the entry itself, so a position means the same thing however many entries are added
/// or removed around it: that is what keeps paging stable.
/// </summary>
public readonly record struct LogPosition(long Key, string Id)
{
    /// <summary>The listing order: later moments first, then ids in reverse ordinal order (a total order, so no ties).</summary>
    public static IComparer<LogPosition> NewestFirst { get; } = Comparer<LogPosition>.Create(static (x, y) =>
    {
        var byMoment = y.Key.CompareTo(x.Key);
        return byMoment != 0 ? byMoment : string.CompareOrdinal(y.Id, x.Id);
    });
}
