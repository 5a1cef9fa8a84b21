using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Participation;

/// <summary>What an athlete needs to take part in a challenge: which team, and the rules and sharding to score and report by.</summary>
public sealed record ChallengeMembership(string ChallengeId, string TeamId, ChallengeRules Rules, int ShardCount);
