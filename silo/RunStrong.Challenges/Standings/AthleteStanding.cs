using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Standings;

/// <summary>An athlete's place on the leaderboard. Equal scores share a rank (1, 2, 2, 4).</summary>
public sealed record AthleteStanding(int Rank, string AthleteId, string TeamId, Score Score);
