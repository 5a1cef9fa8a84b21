namespace RunStrong.Members;

/// <summary>An erased member: listings of <see cref="Revision"/> or older stay out of the directory.</summary>
public sealed record RosterTombstone(string AthleteId, long Revision, DateTimeOffset ErasedAt);
