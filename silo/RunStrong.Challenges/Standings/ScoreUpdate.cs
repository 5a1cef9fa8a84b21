using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Standings;

/// <summary>
/// An athlete's latest score in a challenge, sent from the athlete to the challenge's shard. Idempotent:
/// a shard applies it only when <see cref="Revision"/> is newer than what it holds, so a retried or
/// repeated delivery changes nothing, and deliveries may arrive in any order.
/// </summary>
/// <param name="TeamId">The athlete's team; null when they left the challenge.</param>
/// <param name="Cause">The activity id (or membership change) that produced this revision.</param>
public sealed record ScoreUpdate(string AthleteId, string? TeamId, Score Score, long Revision, string? Cause);
