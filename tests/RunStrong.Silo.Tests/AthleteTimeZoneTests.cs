using RunStrong.Challenges.Participation;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Validation;
using RunStrong.Coaching.Athletes;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Challenges;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>The athlete grain counts days in the athlete's time zone, and moving zones re-reads the log in the new one.</summary>
public sealed class AthleteTimeZoneTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;

    [Fact]
    public async Task A_daily_cap_applies_per_local_day_and_a_time_zone_change_rescores_the_challenge()
    {
        var tenant = $"club-{Guid.NewGuid():N}"[..20];
        GrainCaller.EnterTenant(tenant);
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(ChallengeKeys.Challenge(tenant, "c"));
        var rules = new ChallengeRules(Today.AddDays(-10), Today.AddDays(10), ChallengeMetric.DistanceKm, Score.Whole(30), ScoringMode.Absolute, TeamScoring.Total);
        await challenge.Create(new ChallengeDraft("c", "Capped", rules));
        await challenge.AddTeam(new ChallengeTeam("red", "Red"));
        var athlete = AthleteAsItsTenant(fixture.Grains, $"{tenant}/ana");
        await athlete.SetProfile(Profile());

        // 20:00 UTC and 07:00 UTC the next morning: two UTC days, one Sydney day (06:00/07:00 and 17:00/18:00).
        var day = Today.AddDays(-4);
        await athlete.LogRun(RunAt("r1", day, 20));
        await athlete.LogRun(RunAt("r2", day.AddDays(1), 7));
        var definition = await challenge.GetDefinition();
        await athlete.JoinChallenge(new ChallengeMembership(definition!.Id, "red", definition.Rules, definition.ShardCount));
        var inUtc = await Leaderboards.WhenAsync(challenge, page => page.Athletes.Count == 1 && page.Athletes[0].Score == Score.Whole(40));
        await athlete.SetProfile(Profile() with { TimeZone = "Australia/Sydney" });
        var inSydney = await Leaderboards.WhenAsync(challenge, page => page.Athletes[0].Score == Score.Whole(30));

        Assert.Equal(Score.Whole(40), inUtc.Athletes[0].Score);
        Assert.Equal(Score.Whole(30), inSydney.Athletes[0].Score);
        Assert.Equal(0, (await athlete.GetOverview(day))!.Summary.Last7Days.Runs); // both are on the next Sydney day
    }

    private static Run RunAt(string id, DateOnly day, int utcHour) =>
        new(id, new DateTimeOffset(day.ToDateTime(new TimeOnly(utcHour, 0)), TimeSpan.Zero), 20, 110, RunKind.Easy, null, null);
}
