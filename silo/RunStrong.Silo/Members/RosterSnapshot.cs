using RunStrong.Members;

namespace RunStrong.Silo.Members;

/// <summary>
/// A roster shard as of one compaction. <see cref="Generation"/> names the change log that continues it: changes
/// after the snapshot are appended to that log, and the next compaction starts the next generation.
/// </summary>
public sealed record RosterSnapshot(int Generation, IReadOnlyList<MemberListing> Listings, IReadOnlyList<RosterTombstone> Tombstones);
