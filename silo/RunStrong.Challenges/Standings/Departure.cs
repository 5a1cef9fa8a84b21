namespace RunStrong.Challenges.Standings;

/// <summary>An athlete who left a challenge, at the revision they left with.</summary>
public sealed record Departure(string AthleteId, long Revision);
