using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Standings;

/// <summary>One athlete's standing as shards keep it and the leaderboard ranks it.</summary>
public sealed record Participant(string AthleteId, string TeamId, Score Score, long Revision);
