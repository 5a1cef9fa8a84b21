namespace RunStrong.Silo.Members;

/// <summary>
/// When a roster shard folds its change log into a new snapshot: once the log holds as many changes as half
/// the shard has members (at least <see cref="MinimumChanges"/>). Snapshots are then written with geometrically
/// falling frequency as an import grows a shard, so each change costs O(1) bytes written on average, while a
/// loading shard replays at most about half its size again. <see cref="MaximumChanges"/> stays below the
/// 50,000 blocks an append blob can take.
/// </summary>
public static class RosterCompaction
{
    public const int MinimumChanges = 1_000;
    public const int MaximumChanges = 40_000;

    public static bool IsDue(int loggedChanges, int members) =>
        loggedChanges >= Math.Min(MaximumChanges, Math.Max(MinimumChanges, members / 2));
}
