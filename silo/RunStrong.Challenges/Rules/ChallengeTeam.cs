namespace RunStrong.Challenges.Rules;

/// <summary>A team of a challenge. Its members are kept by the challenge's shards, not here.</summary>
public sealed record ChallengeTeam(string Id, string Name);
