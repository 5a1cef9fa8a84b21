using System.Text.Json.Serialization;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Scoring;

namespace RunStrong.Challenges.Participation;

/// <summary>
/// An athlete's place in one challenge, held by the athlete: the team, the rules to score by, the score,
/// and whether the challenge's shard has durably received the latest revision of it (an outbox entry).
/// </summary>
public sealed class ChallengeEnrollment
{
    public required string ChallengeId { get; set; }

    /// <summary>The athlete's team; null once they left and the shard has yet to hear it.</summary>
    public string? TeamId { get; set; }

    public required ChallengeRules Rules { get; set; }

    public int ShardCount { get; set; }

    public ChallengeScore Score { get; set; } = new();

    /// <summary>Orders this athlete's updates: a shard keeps only the highest revision it has seen.</summary>
    public long Revision { get; set; }

    /// <summary>The shard acknowledged <see cref="Revision"/>; until then it is resent.</summary>
    public bool Delivered { get; set; }

    /// <summary>The activity (or membership change) behind the latest revision, for tracing.</summary>
    public string? Cause { get; set; }

    [JsonIgnore]
    public Score Total => Score.Total(Rules);

    [JsonIgnore]
    public bool IsMember => TeamId is not null;
}
