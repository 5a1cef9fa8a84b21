using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Scoring;

/// <summary>What one day, and one challenge week, is worth under a challenge's rules.</summary>
public static class MetricValues
{
    /// <summary>The day's value, capped by the challenge's daily cap (weekly bonuses are not capped).</summary>
    public static Score OfDay(ChallengeRules rules, DayActivity day)
    {
        var value = rules.Metric switch
        {
            ChallengeMetric.DistanceKm => day.Distance,
            ChallengeMetric.LegSessions => Score.Whole(day.LegSessions),
            ChallengeMetric.ProteinDays => day.ProteinMet ? Score.Whole(1) : Score.Zero,
            ChallengeMetric.Points => DayPoints(day),
            _ => Score.Zero,
        };
        return rules.DailyCap is { } cap ? Score.Min(value, cap) : value;
    }

    /// <summary>The value of the challenge week starting on <paramref name="firstDay"/> beyond its days'.</summary>
    public static Score OfWeek(ChallengeRules rules, ActivityDays days, DateOnly firstDay) =>
        rules.Metric switch
        {
            ChallengeMetric.BalancedWeeks when BalancedWeek.IsBalanced(days, firstDay) => Score.Whole(1),
            ChallengeMetric.Points when BalancedWeek.IsBalanced(days, firstDay) => PointsWeights.PerBalancedWeek,
            _ => Score.Zero,
        };

    /// <summary>Whether the metric has a weekly part at all.</summary>
    public static bool HasWeeks(ChallengeMetric metric) => metric is ChallengeMetric.BalancedWeeks or ChallengeMetric.Points;

    /// <summary>Whether the metric has a daily part (and so a daily cap means something).</summary>
    public static bool HasDays(ChallengeMetric metric) => metric != ChallengeMetric.BalancedWeeks;

    private static Score DayPoints(DayActivity day) =>
        new((day.Distance.Hundredths * PointsWeights.PerKm.Hundredths / 100)
            + (day.LegSessions * PointsWeights.PerLegSession.Hundredths)
            + (day.ProteinMet ? PointsWeights.PerProteinDay.Hundredths : 0));
}
