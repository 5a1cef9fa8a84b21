namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>points: 1 per km, 10 per leg session, 5 per protein day, 20 per balanced week.</summary>
public sealed class PointsTests
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);
    private static readonly ChallengeRules TwoWeeks = Challenge.Rules(ChallengeMetric.Points, Nov2, new(2026, 11, 15));

    [Fact]
    public void Combines_kilometres_leg_sessions_and_protein_days()
    {
        var log = new Log(profileWeightKg: 70)
            .Run(new(2026, 11, 3), 10.5)
            .Nutrition(new(2026, 11, 3), 120)
            .Run(new(2026, 11, 4), 12.25)
            .LegSession(new(2026, 11, 4))
            .UpperBodySession(new(2026, 11, 5))
            .Nutrition(new(2026, 11, 5), 100);

        // Nov 3: 10.5 km + protein 5 = 15.5; Nov 4: 12.25 km + leg session 10 = 22.25;
        // Nov 5: upper body 0, 100 g < 112 g 0. Total 37.75.
        Assert.Equal(37.75m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void A_balanced_week_adds_a_20_point_bonus_on_top_of_its_parts()
    {
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8)
            .Run(Nov2.AddDays(2), 6, RunKind.Tempo)
            .Run(Nov2.AddDays(4), 12, RunKind.Long)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 120);

        // 26 km = 26, 2 leg sessions = 20, 4 protein days = 20, balanced week bonus = 20: 86.
        Assert.Equal(86m, Challenge.Total(TwoWeeks, log));
    }

    [Fact]
    public void Without_the_balanced_week_there_is_no_bonus()
    {
        // As above with the fourth protein day short (100 g): 26 + 20 + 15 = 61, no bonus.
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8)
            .Run(Nov2.AddDays(2), 6, RunKind.Tempo)
            .Run(Nov2.AddDays(4), 12, RunKind.Long)
            .LegSession(Nov2.AddDays(1)).LegSession(Nov2.AddDays(3))
            .Nutrition(Nov2, 120).Nutrition(Nov2.AddDays(1), 120).Nutrition(Nov2.AddDays(2), 120).Nutrition(Nov2.AddDays(3), 100);

        Assert.Equal(61m, Challenge.Total(TwoWeeks, log));
    }
}
