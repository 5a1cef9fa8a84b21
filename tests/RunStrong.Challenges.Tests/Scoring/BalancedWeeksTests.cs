namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>
/// balancedWeeks: complete 7-day blocks from the start with at least 3 run days, at most 2 hard runs,
/// at least 2 leg sessions and protein on target (1.6 g/kg; 112 g at 70 kg) on at least 4 days.
/// </summary>
public sealed class BalancedWeeksTests
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);
    private static readonly DateOnly Nov9 = new(2026, 11, 9);

    // Weeks: Nov 2-8 and Nov 9-15.
    private static readonly ChallengeRules TwoWeeks = Challenge.Rules(ChallengeMetric.BalancedWeeks, Nov2, new(2026, 11, 15));

    /// <summary>3 run days (one tempo), 2 leg sessions, 4 protein days: every criterion met, most just.</summary>
    private static Log Balanced(DateOnly first, Log? log = null) => (log ?? new Log(profileWeightKg: 70))
        .Run(first, 8)
        .Run(first.AddDays(2), 6, RunKind.Tempo)
        .Run(first.AddDays(4), 12, RunKind.Long)
        .LegSession(first.AddDays(1))
        .LegSession(first.AddDays(3))
        .Nutrition(first, 120)
        .Nutrition(first.AddDays(1), 120)
        .Nutrition(first.AddDays(2), 120)
        .Nutrition(first.AddDays(3), 120);

    [Fact]
    public void A_week_meeting_every_criterion_counts_one() => Assert.Equal(1m, Challenge.Total(TwoWeeks, Balanced(Nov2)));

    [Fact]
    public void Two_balanced_weeks_count_two() => Assert.Equal(2m, Challenge.Total(TwoWeeks, Balanced(Nov9, Balanced(Nov2))));

    [Fact]
    public void Two_hard_runs_are_still_balanced()
    {
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8, RunKind.Interval)
            .Run(Nov2.AddDays(2), 6, RunKind.Tempo)
            .Run(Nov2.AddDays(4), 12, RunKind.Long)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 120);

        Assert.Equal(1m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Three_runs_on_two_days_are_two_run_days_and_miss()
    {
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8)
            .Run(Nov2, 5)
            .Run(Nov2.AddDays(2), 6, RunKind.Tempo)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 120);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Three_hard_runs_miss()
    {
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8, RunKind.Tempo)
            .Run(Nov2.AddDays(2), 6, RunKind.Interval)
            .Run(Nov2.AddDays(4), 12, RunKind.Tempo)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 120);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void One_leg_session_misses_even_with_an_upper_body_session()
    {
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8)
            .Run(Nov2.AddDays(2), 6, RunKind.Tempo)
            .Run(Nov2.AddDays(4), 12, RunKind.Long)
            .LegSession(Nov2.AddDays(1)).UpperBodySession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 120);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Three_protein_days_miss()
    {
        // The fourth day is logged but short: 100 g < 112 g.
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8)
            .Run(Nov2.AddDays(2), 6, RunKind.Tempo)
            .Run(Nov2.AddDays(4), 12, RunKind.Long)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 100);

        Assert.Equal(0m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Weeks_are_blocks_from_the_start_not_any_seven_days()
    {
        // Balanced over Nov 5-11: runs Nov 5, 7, 9; legs Nov 6, 8; protein Nov 5-8. Block Nov 2-8 has 2 run days,
        // block Nov 9-15 has 1 run day and no leg session: neither counts.
        Assert.Equal(0m, Challenge.Total(TwoWeeks, Balanced(new(2026, 11, 5))));
    }

    [Fact]
    public void A_trailing_partial_block_never_counts()
    {
        // Nov 2-11 is one complete block (Nov 2-8) and a 3-day tail (Nov 9-11).
        var tenDays = Challenge.Rules(ChallengeMetric.BalancedWeeks, Nov2, new(2026, 11, 11));
        var log = Balanced(Nov9);

        Assert.Equal(0m, Challenge.Total(tenDays, log));
        Assert.Equal(1m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_balanced_week_before_the_start_does_not_count() =>
        Assert.Equal(0m, Challenge.Total(TwoWeeks, Balanced(new(2026, 10, 26))));
}
