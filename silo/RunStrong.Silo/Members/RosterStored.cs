namespace RunStrong.Silo.Members;

/// <summary>A roster shard as read from storage: its latest snapshot and the changes logged since, with the log's size.</summary>
public sealed record RosterStored(RosterSnapshot Snapshot, IReadOnlyList<RosterChange> Changes, long LogBytes);
