namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>
/// Rescoring recomputes the days and weeks the log still holds in detail (on or after the first detailed day)
/// and keeps what was stored for older ones.
/// </summary>
public sealed class ChallengeScoreRescoreTests
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);
    private static readonly DateOnly Nov15 = new(2026, 11, 15);
    private static readonly ChallengeRules Distance = Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, Nov15);

    [Fact]
    public void Stores_only_days_that_scored()
    {
        var score = Challenge.Scored(Distance, new Log().Run(new(2026, 11, 3), 5).Run(new(2026, 11, 5), 7.5), Nov15);

        Assert.Equal([new DatedScore(new(2026, 11, 3), new Score(500)), new DatedScore(new(2026, 11, 5), new Score(750))], score.Days);
        Assert.Empty(score.Weeks);
    }

    [Fact]
    public void An_identical_rescore_changes_nothing()
    {
        var log = new Log().Run(new(2026, 11, 3), 5).Run(new(2026, 11, 5), 7.5);
        var score = Challenge.Scored(Distance, log, Nov15);

        Assert.False(score.Rescore(Distance, log.Days, Challenge.EverythingDetailed, Nov15));
        Assert.Equal(12.5m, score.Absolute.Value);
    }

    [Fact]
    public void A_deleted_run_inside_the_detail_window_is_taken_off()
    {
        var score = Challenge.Scored(Distance, new Log().Run(new(2026, 11, 3), 5).Run(new(2026, 11, 5), 7.5), Nov15);

        Assert.True(score.Rescore(Distance, new Log().Run(new(2026, 11, 5), 7.5).Days, Challenge.EverythingDetailed, Nov15));

        Assert.Equal([new DatedScore(new(2026, 11, 5), new Score(750))], score.Days);
        Assert.Equal(7.5m, score.Absolute.Value);
    }

    [Fact]
    public void Days_older_than_the_detail_window_keep_their_stored_value()
    {
        var score = Challenge.Scored(Distance, new Log().Run(new(2026, 11, 3), 5).Run(new(2026, 11, 10), 7), Nov15);

        // Months later Nov 3 has aged out of the log's detail (first detailed day Nov 8); Nov 10 is still held
        // and was edited to 9 km.
        Assert.True(score.Rescore(Distance, new Log().Run(new(2026, 11, 10), 9).Days, new(2026, 11, 8), new(2027, 3, 14)));

        // 5 (kept) + 9 (recomputed) = 14.
        Assert.Equal(14m, score.Absolute.Value);
        Assert.Contains(new DatedScore(new(2026, 11, 3), new Score(500)), score.Days);
    }

    [Fact]
    public void A_kept_day_is_not_counted_twice_when_the_log_still_holds_it()
    {
        var log = new Log().Run(new(2026, 11, 3), 5).Run(new(2026, 11, 10), 7);
        var score = Challenge.Scored(Distance, log, Nov15);

        // Nov 3 is before the first detailed day (Nov 8) but the log has not folded it away yet.
        Assert.False(score.Rescore(Distance, log.Days, new(2026, 11, 8), new(2027, 3, 14)));

        Assert.Equal(12m, score.Absolute.Value);
        Assert.Equal(2, score.Days.Count);
    }

    [Fact]
    public void Weeks_older_than_the_detail_window_keep_their_stored_value()
    {
        var rules = Challenge.Rules(ChallengeMetric.BalancedWeeks, Nov2, Nov15);
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8).Run(Nov2.AddDays(2), 6, RunKind.Tempo).Run(Nov2.AddDays(4), 12, RunKind.Long)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 120);
        var score = Challenge.Scored(rules, log, Nov15);
        Assert.Equal([new DatedScore(Nov2, new Score(100))], score.Weeks);

        // The week of Nov 2 starts before the first detailed day (Nov 9): its value stays though the log is empty.
        Assert.False(score.Rescore(rules, new Log(profileWeightKg: 70).Days, new(2026, 11, 9), new(2027, 3, 15)));

        Assert.Equal(1m, score.Total(rules).Value);

        // Nor is it counted twice when the log still holds that week.
        Assert.False(score.Rescore(rules, log.Days, new(2026, 11, 9), new(2027, 3, 15)));
        Assert.Equal(1m, score.Total(rules).Value);
    }
}
