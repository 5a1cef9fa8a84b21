namespace RunStrong.Silo.Storage;

/// <summary>
/// When a snapshot-and-log store (a roster shard, a challenge shard) folds its change log into a new snapshot: once
/// the log holds as many changes as half the items the snapshot would hold (at least <see cref="MinimumChanges"/>).
/// Snapshots are then written with geometrically falling frequency as the store grows, so each change costs O(1)
/// bytes written on average, while a loading grain replays at most about half its size again.
/// <see cref="MaximumChanges"/> stays below the 50,000 blocks an append blob can take (a group commit appends one block).
/// </summary>
public static class LogCompaction
{
    public const int MinimumChanges = 1_000;
    public const int MaximumChanges = 40_000;

    public static bool IsDue(int loggedChanges, int items) =>
        loggedChanges >= Math.Min(MaximumChanges, Math.Max(MinimumChanges, items / 2));
}
