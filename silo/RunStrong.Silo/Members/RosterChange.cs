using RunStrong.Members;

namespace RunStrong.Silo.Members;

/// <summary>One line of a roster shard's change log: a listing taken, or an athlete erased.</summary>
public sealed record RosterChange(MemberListing? Listing, RosterTombstone? Removed);
