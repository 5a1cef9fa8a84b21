using RunStrong.Challenges.Participation;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Validation;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Security;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Nothing acknowledged is lost between an athlete and the leaderboard: not when the challenge and its
/// shards lose their activations, not when a shard refuses updates for a while.
/// </summary>
public sealed class ChallengeRecoveryTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scores_survive_the_challenge_and_all_its_shards_losing_their_activations()
    {
        var (tenant, challenge) = await NewChallengeAsync();
        var athletes = Enumerable.Range(0, 40).Select(i => $"a{i}").ToList();
        foreach (var (athleteId, i) in athletes.Select((a, i) => (a, i)))
        {
            var athlete = Athlete(tenant, athleteId);
            await athlete.SetProfile(Profile());
            await athlete.LogRun(EasyRun("r1", Today.AddDays(-2), km: 1 + i));
            await athlete.JoinChallenge(Membership(await challenge.GetDefinition()));
        }

        // 1 + 2 + ... + 40 km.
        await Leaderboards.WhenAsync(challenge, page => page.Teams[0].Score == Score.Whole(820));
        await fixture.DeactivateAsync(challenge);
        foreach (var shard in Enumerable.Range(0, ChallengeSharding.DefaultShardCount))
        {
            await fixture.DeactivateAsync(fixture.Grains.GetGrain<IChallengeShardGrain>(ChallengeKeys.Shard(tenant, "c", shard)));
        }

        GrainCaller.EnterTenant(tenant);
        var reloaded = await challenge.GetLeaderboard(100);
        await Athlete(tenant, "a0").LogRun(EasyRun("r2", Today.AddDays(-1), km: 5));
        var afterMore = await Leaderboards.WhenAsync(challenge, page => page.Teams[0].Score == Score.Whole(825));

        Assert.Equal((Score.Whole(820), 40), (reloaded!.Teams[0].Score, reloaded.Participants));
        Assert.Equal(Score.Whole(825), afterMore.Teams[0].Score);
    }

    [Fact]
    public async Task A_score_its_shard_refuses_stays_in_the_athletes_outbox_and_arrives_once_the_shard_recovers()
    {
        var (tenant, challenge) = await NewChallengeAsync();
        var athlete = Athlete(tenant, "ana");
        await athlete.SetProfile(Profile());
        await athlete.JoinChallenge(Membership(await challenge.GetDefinition()));
        await Leaderboards.WhenAsync(challenge, page => page.Participants == 1);

        ShardFaults.Fail(ChallengeKeys.Challenge(tenant, "c"));
        var logged = await athlete.LogRun(EasyRun("r1", Today.AddDays(-1), km: 12.5));
        await Assert.ThrowsAnyAsync<Exception>(() => Athlete(tenant, "ben").SetProfile(Profile())
            .ContinueWith(_ => Athlete(tenant, "ben").JoinChallenge(Membership(challenge.GetDefinition().Result)), Cancel).Unwrap());
        await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
        var whileFailing = await challenge.GetLeaderboard(10);
        ShardFaults.Heal(ChallengeKeys.Challenge(tenant, "c"));
        var healed = await Leaderboards.WhenAsync(challenge, page => page.Athletes[0].Score == Score.Of(12.5));

        Assert.Equal(Coaching.Log.LogOutcome.Logged, logged);
        Assert.Equal(Score.Zero, whileFailing!.Athletes.Single().Score);
        Assert.Equal(Score.Of(12.5), healed.Athletes.Single(a => a.AthleteId == "ana").Score);
    }

    [Fact]
    public async Task A_pending_score_is_delivered_when_the_athlete_next_activates()
    {
        var (tenant, challenge) = await NewChallengeAsync();
        var athlete = Athlete(tenant, "ana");
        await athlete.SetProfile(Profile());
        await athlete.JoinChallenge(Membership(await challenge.GetDefinition()));

        ShardFaults.Fail(ChallengeKeys.Challenge(tenant, "c"));
        await athlete.LogRun(EasyRun("r1", Today.AddDays(-1), km: 7));
        await fixture.DeactivateAsync(athlete);
        ShardFaults.Heal(ChallengeKeys.Challenge(tenant, "c"));
        await Athlete(tenant, "ana").GetOverview(Today);
        var board = await Leaderboards.WhenAsync(challenge, page => page.Athletes.Count == 1 && page.Athletes[0].Score == Score.Whole(7));

        Assert.Equal(Score.Whole(7), board.Athletes[0].Score);
    }

    private async Task<(string Tenant, IChallengeGrain Challenge)> NewChallengeAsync()
    {
        var tenant = $"club-{Guid.NewGuid():N}"[..20];
        GrainCaller.EnterTenant(tenant);
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(ChallengeKeys.Challenge(tenant, "c"));
        var rules = new ChallengeRules(Today.AddDays(-10), Today.AddDays(10), ChallengeMetric.DistanceKm, null, ScoringMode.Absolute, TeamScoring.Total);
        Assert.Equal(CreateOutcome.Created, await challenge.Create(new ChallengeDraft("c", "Recovery", rules)));
        Assert.Equal(CreateOutcome.Created, await challenge.AddTeam(new ChallengeTeam("red", "Red")));
        return (tenant, challenge);
    }

    private IAthleteGrain Athlete(string tenant, string athleteId) => AthleteAsItsTenant(fixture.Grains, $"{tenant}/{athleteId}");

    private static ChallengeMembership Membership(ChallengeDefinition? challenge) =>
        new(challenge!.Id, "red", challenge.Rules, challenge.ShardCount);
}
