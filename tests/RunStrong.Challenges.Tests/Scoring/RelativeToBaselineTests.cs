namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>
/// relativeToBaseline: 100 x total / (weekly rate of the 4 weeks before the start x days / 7), in hundredths of a
/// percent. The baseline is scored by the challenge's own rules, has a floor per metric and freezes at the start.
/// </summary>
public sealed class RelativeToBaselineTests
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);

    // 14 days; the baseline window is Oct 5 .. Nov 1.
    private static readonly ChallengeRules TwoWeeks =
        Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, new(2026, 11, 15), scoring: ScoringMode.RelativeToBaseline);

    /// <summary>20 km in each of the 4 weeks before Nov 2: 80 / 4 = 20 km a week.</summary>
    private static Log TwentyKmWeeks(Log? log = null) => (log ?? new Log())
        .Run(new(2026, 10, 5), 20, id: "base-1")
        .Run(new(2026, 10, 12), 20, id: "base-2")
        .Run(new(2026, 10, 19), 20, id: "base-3")
        .Run(new(2026, 10, 26), 20, id: "base-4");

    [Fact]
    public void Fifty_km_in_14_days_over_a_20_km_week_is_125_percent()
    {
        var log = TwentyKmWeeks().Run(new(2026, 11, 3), 25).Run(new(2026, 11, 10), 25);
        var score = Challenge.Scored(TwoWeeks, log, new(2026, 11, 16));

        Assert.Equal(new Score(2000), score.BaselinePerWeek);
        Assert.Equal(50m, score.Absolute.Value);

        // 50 / (20 x 14 / 7) x 100 = 125.00 %
        Assert.Equal(125.00m, score.Total(TwoWeeks).Value);
    }

    [Fact]
    public void Only_the_4_weeks_before_the_start_make_the_baseline()
    {
        // Oct 4 is the 29th day before the start: outside. Oct 5 and Nov 1 are the window's ends: inside. The start
        // day Nov 2 belongs to the challenge, not the baseline.
        var log = new Log()
            .Run(new(2026, 10, 4), 40)
            .Run(new(2026, 10, 5), 30)
            .Run(new(2026, 11, 1), 50)
            .Run(new(2026, 11, 2), 20);

        // (30 + 50) / 4 = 20 km a week; 20 / 40 = 50.00 %.
        var score = Challenge.Scored(TwoWeeks, log, new(2026, 11, 16));
        Assert.Equal(new Score(2000), score.BaselinePerWeek);
        Assert.Equal(50.00m, score.Total(TwoWeeks).Value);
    }

    [Fact]
    public void An_athlete_without_history_is_measured_against_the_10_km_floor()
    {
        // Floor 10 km a week: 15 / (10 x 2) = 75.00 %.
        var score = Challenge.Scored(TwoWeeks, new Log().Run(new(2026, 11, 4), 15), new(2026, 11, 16));

        Assert.Equal(new Score(1000), score.BaselinePerWeek);
        Assert.Equal(75.00m, score.Total(TwoWeeks).Value);
    }

    [Fact]
    public void A_baseline_below_the_floor_is_raised_to_it()
    {
        // 12 km in 4 weeks = 3 km a week, below the floor of 10: 15 / 20 = 75.00 %.
        var log = new Log().Run(new(2026, 10, 10), 12).Run(new(2026, 11, 4), 15);

        Assert.Equal(75.00m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_challenge_of_partial_weeks_expects_its_days_share_of_the_weekly_rate()
    {
        // 10 days; baseline 56 km / 4 = 14 km a week, so 14 x 10 / 7 = 20 km expected; 25 km is 125.00 %.
        var tenDays = Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, new(2026, 11, 11), scoring: ScoringMode.RelativeToBaseline);
        var log = new Log()
            .Run(new(2026, 10, 6), 14).Run(new(2026, 10, 13), 14).Run(new(2026, 10, 20), 14).Run(new(2026, 10, 27), 14)
            .Run(new(2026, 11, 5), 25);

        Assert.Equal(125.00m, Challenge.Total(tenDays, log));
    }

    [Fact]
    public void The_percentage_is_rounded_to_a_hundredth_of_a_percent()
    {
        // Baseline 120 / 4 = 30 km a week, 60 km expected; 20 / 60 = 33.333... -> 33.33 %, 40 / 60 = 66.666... -> 66.67 %.
        var log = new Log().Run(new(2026, 10, 7), 60).Run(new(2026, 10, 21), 60);

        Assert.Equal(33.33m, Challenge.Total(TwoWeeks, new Log().Run(new(2026, 10, 7), 60).Run(new(2026, 10, 21), 60).Run(new(2026, 11, 3), 20)));
        Assert.Equal(66.67m, Challenge.Total(TwoWeeks, log.Run(new(2026, 11, 3), 40)));
    }

    [Fact]
    public void The_daily_cap_applies_to_the_baseline_too()
    {
        var capped = Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, new(2026, 11, 15), dailyCap: 30, scoring: ScoringMode.RelativeToBaseline);
        var log = new Log()
            .Run(new(2026, 10, 5), 50).Run(new(2026, 10, 12), 50).Run(new(2026, 10, 19), 50).Run(new(2026, 10, 26), 50)
            .Run(new(2026, 11, 3), 30).Run(new(2026, 11, 10), 30);

        // Each 50 km baseline run counts 30: 30 km a week, 60 expected; 60 / 60 = 100.00 % (60 / 100 = 60 % if uncapped).
        var score = Challenge.Scored(capped, log, new(2026, 11, 16));
        Assert.Equal(new Score(3000), score.BaselinePerWeek);
        Assert.Equal(100.00m, score.Total(capped).Value);
    }

    [Fact]
    public void One_balanced_week_without_history_is_200_percent_of_the_quarter_week_floor()
    {
        var rules = Challenge.Rules(ChallengeMetric.BalancedWeeks, Nov2, new(2026, 11, 15), scoring: ScoringMode.RelativeToBaseline);
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8).Run(Nov2.AddDays(2), 6, RunKind.Tempo).Run(Nov2.AddDays(4), 12, RunKind.Long)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 120);

        // Floor 0.25 a week, 0.5 expected over 2 weeks: 1 / 0.5 = 200.00 %.
        Assert.Equal(200.00m, Challenge.Total(rules, log));
    }

    [Fact]
    public void Balanced_weeks_in_the_4_blocks_before_the_start_make_the_baseline()
    {
        var rules = Challenge.Rules(ChallengeMetric.BalancedWeeks, Nov2, new(2026, 11, 15), scoring: ScoringMode.RelativeToBaseline);
        var log = new Log(profileWeightKg: 70);
        foreach (var first in new DateOnly[] { new(2026, 10, 5), new(2026, 10, 19), Nov2 })
        {
            log.Run(first, 8).Run(first.AddDays(2), 6, RunKind.Tempo).Run(first.AddDays(4), 12, RunKind.Long)
                .LegSession(first.AddDays(1)).LegSession(first.AddDays(3))
                .Nutrition(first, 120).Nutrition(first.AddDays(1), 120).Nutrition(first.AddDays(2), 120).Nutrition(first.AddDays(3), 120);
        }

        // Blocks Oct 5 and Oct 19 balanced: 2 / 4 = 0.5 a week, 1 expected over 2 weeks; 1 balanced week = 100.00 %.
        var score = Challenge.Scored(rules, log, new(2026, 11, 16));
        Assert.Equal(new Score(50), score.BaselinePerWeek);
        Assert.Equal(100.00m, score.Total(rules).Value);
    }

    [Fact]
    public void Before_the_start_the_baseline_follows_the_log()
    {
        var score = Challenge.Scored(TwoWeeks, TwentyKmWeeks(), new(2026, 10, 30));
        Assert.Equal(new Score(2000), score.BaselinePerWeek);
        Assert.False(score.BaselineFrozen);

        // Deleting the Oct 26 run the next day: 60 / 4 = 15 km a week.
        var withoutOct26 = new Log()
            .Run(new(2026, 10, 5), 20, id: "base-1").Run(new(2026, 10, 12), 20, id: "base-2").Run(new(2026, 10, 19), 20, id: "base-3");
        Assert.True(score.Rescore(TwoWeeks, withoutOct26.Days, Challenge.EverythingDetailed, new(2026, 10, 31)));

        Assert.Equal(new Score(1500), score.BaselinePerWeek);
        Assert.False(score.BaselineFrozen);
    }

    [Fact]
    public void From_the_start_day_the_baseline_is_frozen()
    {
        var score = Challenge.Scored(TwoWeeks, TwentyKmWeeks().Run(new(2026, 11, 3), 25).Run(new(2026, 11, 10), 25), Nov2);
        Assert.True(score.BaselineFrozen);
        Assert.Equal(new Score(2000), score.BaselinePerWeek);

        // Deleting the Oct 26 baseline run after the start would inflate progress (50 / 30 = 166.67 %); it must not.
        var withoutOct26 = new Log()
            .Run(new(2026, 10, 5), 20, id: "base-1").Run(new(2026, 10, 12), 20, id: "base-2").Run(new(2026, 10, 19), 20, id: "base-3")
            .Run(new(2026, 11, 3), 25).Run(new(2026, 11, 10), 25);
        Assert.False(score.Rescore(TwoWeeks, withoutOct26.Days, Challenge.EverythingDetailed, new(2026, 11, 12)));

        Assert.Equal(new Score(2000), score.BaselinePerWeek);
        Assert.Equal(125.00m, score.Total(TwoWeeks).Value);
    }

    [Fact]
    public void Absolute_scoring_keeps_no_baseline()
    {
        var absolute = Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, new(2026, 11, 15));
        var score = Challenge.Scored(absolute, TwentyKmWeeks().Run(new(2026, 11, 3), 25), new(2026, 11, 16));

        Assert.Null(score.BaselinePerWeek);
        Assert.Equal(25m, score.Total(absolute).Value);
    }
}
