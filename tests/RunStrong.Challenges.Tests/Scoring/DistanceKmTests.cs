namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>distanceKm: the kilometres run inside the challenge, each run rounded to the hundredth.</summary>
public sealed class DistanceKmTests
{
    private static readonly ChallengeRules TwoWeeks = Challenge.Rules(ChallengeMetric.DistanceKm, new(2026, 11, 2), new(2026, 11, 15));

    [Fact]
    public void Sums_runs_of_the_same_day_and_ignores_runs_outside_the_window()
    {
        var log = new Log()
            .Run(new(2026, 11, 3), 5.25)
            .Run(new(2026, 11, 3), 10.1)
            .Run(new(2026, 10, 30), 3);

        // 5.25 + 10.1 = 15.35; the 3 km before the start do not count.
        Assert.Equal(15.35m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Sums_across_days_and_kinds()
    {
        var log = new Log()
            .Run(new(2026, 11, 2), 8, RunKind.Easy)
            .Run(new(2026, 11, 5), 10.4, RunKind.Tempo)
            .Run(new(2026, 11, 8), 21.1, RunKind.Long)
            .Run(new(2026, 11, 15), 6.75, RunKind.Interval);

        // 8 + 10.4 + 21.1 + 6.75 = 46.25
        Assert.Equal(46.25m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Each_run_is_rounded_to_the_hundredth_before_summing()
    {
        var log = new Log()
            .Run(new(2026, 11, 4), 2.004)
            .Run(new(2026, 11, 4), 2.004)
            .Run(new(2026, 11, 6), 3.456);

        // 2.004 -> 2.00 twice (not 4.008 -> 4.01), 3.456 -> 3.46: 2.00 + 2.00 + 3.46 = 7.46.
        Assert.Equal(7.46m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void No_runs_score_zero()
    {
        var log = new Log(profileWeightKg: 70).LegSession(new(2026, 11, 3)).Nutrition(new(2026, 11, 3), 150);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }
}
