namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>Only activity whose UTC calendar day falls in StartsOn..EndsOn (both included) counts.</summary>
public sealed class ChallengeDatesTests
{
    // Nov 3 to Nov 9 inclusive.
    private static readonly ChallengeRules OneWeek = Challenge.Rules(ChallengeMetric.DistanceKm, new(2026, 11, 3), new(2026, 11, 9));

    [Fact]
    public void The_start_and_end_days_count_the_days_around_them_do_not()
    {
        var log = new Log()
            .Run(new(2026, 11, 2), 5)
            .Run(new(2026, 11, 3), 7)
            .Run(new(2026, 11, 9), 11)
            .Run(new(2026, 11, 10), 13);

        // 7 (start day) + 11 (end day) = 18.
        Assert.Equal(18m, Challenge.Total(OneWeek, log));
    }

    [Fact]
    public void A_run_belongs_to_its_UTC_day_not_its_local_day()
    {
        var log = new Log()
            .RunAt(new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.FromHours(-2)), 4) // Nov 3 01:30 UTC: in
            .RunAt(new DateTimeOffset(2026, 11, 3, 0, 30, 0, TimeSpan.FromHours(2)), 6) // Nov 2 22:30 UTC: out
            .RunAt(new DateTimeOffset(2026, 11, 9, 23, 30, 0, TimeSpan.FromHours(-1)), 8) // Nov 10 00:30 UTC: out
            .RunAt(new DateTimeOffset(2026, 11, 10, 1, 0, 0, TimeSpan.FromHours(3)), 9); // Nov 9 22:00 UTC: in

        // 4 + 9 = 13.
        Assert.Equal(13m, Challenge.Total(OneWeek, log));
    }

    [Fact]
    public void A_strength_session_belongs_to_its_UTC_day()
    {
        var rules = Challenge.Rules(ChallengeMetric.LegSessions, new(2026, 11, 3), new(2026, 11, 9));
        var squat = new Exercise("squat", [MuscleGroup.Quads], 5, 5, 100);
        var log = new Log()
            .SessionAt(new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.FromHours(-2)), squat) // Nov 3 UTC: in
            .SessionAt(new DateTimeOffset(2026, 11, 9, 23, 30, 0, TimeSpan.FromHours(-2)), squat); // Nov 10 UTC: out

        Assert.Equal(1m, Challenge.Total(rules, log));
    }

    [Fact]
    public void Nutrition_days_outside_the_dates_do_not_count()
    {
        var rules = Challenge.Rules(ChallengeMetric.ProteinDays, new(2026, 11, 3), new(2026, 11, 9));
        var log = new Log(profileWeightKg: 70)
            .Nutrition(new(2026, 11, 2), 150)
            .Nutrition(new(2026, 11, 3), 150)
            .Nutrition(new(2026, 11, 9), 150)
            .Nutrition(new(2026, 11, 10), 150);

        Assert.Equal(2m, Challenge.Total(rules, log));
    }

    [Fact]
    public void A_one_day_challenge_counts_that_day_only()
    {
        var oneDay = Challenge.Rules(ChallengeMetric.DistanceKm, new(2026, 11, 5), new(2026, 11, 5));
        var log = new Log().Run(new(2026, 11, 4), 10).Run(new(2026, 11, 5), 42.2).Run(new(2026, 11, 6), 10);

        Assert.Equal(42.2m, Challenge.Total(oneDay, log));
    }
}
