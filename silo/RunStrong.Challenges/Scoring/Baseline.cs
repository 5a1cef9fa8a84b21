using RunStrong.Challenges.Rules;

namespace RunStrong.Challenges.Scoring;

/// <summary>
/// An athlete's own weekly rate of the metric over the 4 weeks before the challenge starts, scored by the
/// challenge's own rules (daily cap included). Relative scoring divides by it.
/// </summary>
public static class Baseline
{
    /// <summary>
    /// The least weekly rate a baseline can be, per metric: a product choice so that an athlete with no
    /// history neither divides by zero nor scores thousands of percent for a first week of ordinary
    /// training. Roughly a beginner's week: 10 km, 1 leg session, 3 protein days, a balanced week a month,
    /// 50 points.
    /// </summary>
    public static Score FloorPerWeek(ChallengeMetric metric) => metric switch
    {
        ChallengeMetric.DistanceKm => Score.Whole(10),
        ChallengeMetric.LegSessions => Score.Whole(1),
        ChallengeMetric.ProteinDays => Score.Whole(3),
        ChallengeMetric.BalancedWeeks => new Score(25),
        _ => Score.Whole(50),
    };

    /// <summary>The weekly rate over the 4 weeks before <see cref="ChallengeRules.StartsOn"/>, at least the floor.</summary>
    public static Score WeeklyRate(ChallengeRules rules, ActivityDays days)
    {
        var total = Score.Zero;
        var firstDay = rules.StartsOn.AddDays(-ChallengeWeeks.BaselineWeeks * BalancedWeek.Length);
        for (var day = firstDay; day < rules.StartsOn; day = day.AddDays(1))
        {
            total += MetricValues.OfDay(rules, days.On(day));
        }

        foreach (var week in ChallengeWeeks.BeforeStart(rules))
        {
            total += MetricValues.OfWeek(rules, days, week);
        }

        var weekly = new Score((long)Math.Round(total.Hundredths / (decimal)ChallengeWeeks.BaselineWeeks, MidpointRounding.AwayFromZero));
        return Score.Max(weekly, FloorPerWeek(rules.Metric));
    }

    /// <summary>
    /// <paramref name="absolute"/> as a percentage of what the baseline rate yields over the whole challenge:
    /// 100 means "on track for my usual", 150 "half as much again".
    /// </summary>
    public static Score Relative(Score absolute, Score weeklyRate, ChallengeRules rules)
    {
        var expectedHundredths = weeklyRate.Hundredths * (decimal)rules.Days / BalancedWeek.Length;
        var percent = absolute.Hundredths * 100m / expectedHundredths;
        return new Score((long)Math.Round(percent * 100, MidpointRounding.AwayFromZero));
    }
}
