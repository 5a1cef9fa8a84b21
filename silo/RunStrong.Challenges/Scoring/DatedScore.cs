using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Scoring;

/// <summary>What one day, or the challenge week starting that day, added to a score.</summary>
public sealed record DatedScore(DateOnly Date, Score Score);
