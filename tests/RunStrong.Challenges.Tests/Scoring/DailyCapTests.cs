namespace RunStrong.Challenges.Tests.Scoring;

/// <summary>A daily cap limits what one athlete's day can add; the weekly balanced bonus is not capped.</summary>
public sealed class DailyCapTests
{
    private static readonly DateOnly Nov2 = new(2026, 11, 2);
    private static readonly DateOnly Nov15 = new(2026, 11, 15);
    private static readonly ChallengeRules Capped30Km = Challenge.Rules(ChallengeMetric.DistanceKm, Nov2, Nov15, dailyCap: 30);

    [Fact]
    public void A_50_km_run_counts_30_under_a_30_km_cap() =>
        Assert.Equal(30m, Challenge.Total(Capped30Km, new Log().Run(new(2026, 11, 3), 50)));

    [Fact]
    public void Two_20_km_runs_the_same_day_count_30() =>
        Assert.Equal(30m, Challenge.Total(Capped30Km, new Log().Run(new(2026, 11, 3), 20).Run(new(2026, 11, 3), 20)));

    [Fact]
    public void The_cap_is_per_day_not_per_challenge()
    {
        var log = new Log()
            .Run(new(2026, 11, 3), 20)
            .Run(new(2026, 11, 4), 20)
            .Run(new(2026, 11, 5), 50)
            .Run(new(2026, 11, 6), 29.99);

        // 20 + 20 + 30 + 29.99 = 99.99
        Assert.Equal(99.99m, Challenge.Total(Capped30Km, log));
    }

    [Fact]
    public void A_leg_session_cap_of_one_counts_one_a_day()
    {
        var rules = Challenge.Rules(ChallengeMetric.LegSessions, Nov2, Nov15, dailyCap: 1);
        var log = new Log().LegSession(new(2026, 11, 3)).LegSession(new(2026, 11, 3)).LegSession(new(2026, 11, 4));

        Assert.Equal(2m, Challenge.Total(rules, log));
    }

    [Fact]
    public void A_points_cap_caps_each_day_and_leaves_the_weekly_bonus_uncapped()
    {
        var rules = Challenge.Rules(ChallengeMetric.Points, Nov2, Nov15, dailyCap: 12);
        var log = new Log(profileWeightKg: 70)
            .Run(Nov2, 8).Nutrition(Nov2, 120) // 8 + 5 = 13 -> 12
            .LegSession(Nov2.AddDays(1)).Nutrition(Nov2.AddDays(1), 120) // 10 + 5 = 15 -> 12
            .Run(Nov2.AddDays(2), 6, RunKind.Tempo).Nutrition(Nov2.AddDays(2), 120) // 6 + 5 = 11
            .LegSession(Nov2.AddDays(3)).Nutrition(Nov2.AddDays(3), 120) // 10 + 5 = 15 -> 12
            .Run(Nov2.AddDays(4), 12, RunKind.Long); // 12

        // Days 12 + 12 + 11 + 12 + 12 = 59, plus the balanced week's 20 although 20 > 12: 79 (86 uncapped).
        Assert.Equal(79m, Challenge.Total(rules, log));
    }

    [Fact]
    public void The_cap_applies_per_local_day_of_the_athlete()
    {
        // In Sydney (AEDT, UTC+11) both runs are on 2026-11-04 (07:00 and 18:00); in UTC they are on the 3rd and the 4th.
        var sydney = new Log(calendar: LocalCalendar.For("Australia/Sydney"))
            .RunAt(new DateTimeOffset(2026, 11, 3, 20, 0, 0, TimeSpan.Zero), 20)
            .RunAt(new DateTimeOffset(2026, 11, 4, 7, 0, 0, TimeSpan.Zero), 20);
        var utc = new Log()
            .RunAt(new DateTimeOffset(2026, 11, 3, 20, 0, 0, TimeSpan.Zero), 20)
            .RunAt(new DateTimeOffset(2026, 11, 4, 7, 0, 0, TimeSpan.Zero), 20);

        Assert.Equal(30m, Challenge.Total(Capped30Km, sydney));
        Assert.Equal(40m, Challenge.Total(Capped30Km, utc));
    }

    [Fact]
    public void A_Los_Angeles_run_late_on_the_last_day_still_counts()
    {
        // 23:30 PST on 2026-11-15, the challenge's last day, is 07:30 UTC on the 16th.
        var log = new Log(calendar: LocalCalendar.For("America/Los_Angeles"))
            .RunAt(new DateTimeOffset(2026, 11, 15, 23, 30, 0, TimeSpan.FromHours(-8)), 10);

        Assert.Equal(10m, Challenge.Total(Capped30Km, log));
        Assert.Equal(0m, Challenge.Total(Capped30Km, new Log().RunAt(new DateTimeOffset(2026, 11, 15, 23, 30, 0, TimeSpan.FromHours(-8)), 10)));
    }
}
