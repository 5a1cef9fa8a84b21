namespace RunStrong.Benchmarks.Scenarios.Challenge;

/// <summary>The fields of <c>GET .../challenges/{challengeId}/athletes/{athleteId}</c> the scenario reads.</summary>
public sealed record StandingView(string AthleteId, string TeamId, int Rank, decimal Score, int Participants, TeamView? Team, long Version, DateTimeOffset GeneratedAt);
