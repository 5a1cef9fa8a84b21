using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Standings;

/// <summary>A team's place on the leaderboard. Equal scores share a rank (1, 2, 2, 4).</summary>
public sealed record TeamStanding(int Rank, string TeamId, string Name, Score Score, int Members);
