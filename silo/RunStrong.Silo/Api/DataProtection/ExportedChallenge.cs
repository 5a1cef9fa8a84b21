namespace RunStrong.Silo.Api.DataProtection;

/// <summary>A challenge the athlete is in: their team and score (in <see cref="Unit"/>, as the leaderboard shows it).</summary>
public sealed record ExportedChallenge(string ChallengeId, string TeamId, decimal Score, string Unit);
