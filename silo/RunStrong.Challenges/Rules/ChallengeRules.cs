using System.Text.Json.Serialization;
namespace RunStrong.Challenges.Rules;

/// <summary>
/// What a challenge counts and how. Fixed once the challenge exists: every athlete scores by the same rules
/// and a score never changes because the rules did.
/// </summary>
/// <param name="StartsOn">First counted day (inclusive; each member's local calendar day of the activity).</param>
/// <param name="EndsOn">Last counted day (inclusive).</param>
/// <param name="DailyCap">At most this much of the metric counts per athlete per day (fairness: blunts fake mega-runs).</param>
public sealed record ChallengeRules(
    DateOnly StartsOn,
    DateOnly EndsOn,
    ChallengeMetric Metric,
    Score? DailyCap,
    ScoringMode Scoring,
    TeamScoring TeamScoring)
{
    /// <summary>Days in the challenge, both ends included.</summary>
    [JsonIgnore]
    public int Days => EndsOn.DayNumber - StartsOn.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= StartsOn && day <= EndsOn;

    /// <summary>Whether the metric is scored per challenge week rather than per day.</summary>
    [JsonIgnore]
    public bool IsWeekly => Metric == ChallengeMetric.BalancedWeeks;
}
