namespace RunStrong.Coaching.Log;

/// <summary>
/// How long individual entries are kept. Every rule looks back at most 12 weeks (fat-free-mass change over
/// 8-12 weeks, docs/COACHING.md) and the 42-day fitness average needs its own history before that, so
/// 18 weeks covers every rule with room for an as-of date a few weeks in the past. Older entries live on
/// as weekly totals; that keeps an athlete's state bounded however long they log.
/// </summary>
public static class DetailWindow
{
    public const int Days = 18 * 7;

    /// <summary>The earliest day whose entries are kept in detail on <paramref name="today"/>.</summary>
    public static DateOnly FirstDetailedDay(DateOnly today) => today.AddDays(-Days);
}
