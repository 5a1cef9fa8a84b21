using RunStrong.Challenges.Rules;

namespace RunStrong.Silo.Api.Challenges;

/// <summary>The unit a challenge's scores are in, so a client can label them.</summary>
public static class ScoreUnits
{
    public static string Of(ChallengeRules rules) =>
        rules.Scoring == ScoringMode.RelativeToBaseline
            ? "percent"
            : rules.Metric switch
            {
                ChallengeMetric.DistanceKm => "km",
                ChallengeMetric.LegSessions => "sessions",
                ChallengeMetric.ProteinDays => "days",
                ChallengeMetric.BalancedWeeks => "weeks",
                _ => "points",
            };
}
