namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>The fields of <c>GET .../challenges/{challengeId}/leaderboard</c> the scenario reads.</summary>
public sealed record LeaderboardView(string ChallengeId, long Version, DateTimeOffset GeneratedAt, int Participants, IReadOnlyList<TeamView> Teams);

/// <summary>A team on the leaderboard, or an athlete's team on their standing.</summary>
public sealed record TeamView(int Rank, string Id, string Name, decimal Score, int Members);
