using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Validation;

/// <summary>A valid challenge request, before it is created (the platform adds sharding and the creation time).</summary>
public sealed record ChallengeDraft(string Id, string Name, ChallengeRules Rules);
