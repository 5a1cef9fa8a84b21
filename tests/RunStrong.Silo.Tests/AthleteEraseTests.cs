using Azure.Storage.Blobs;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Validation;
using RunStrong.Coaching.Log;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Security;
using RunStrong.Silo.Grains;
using RunStrong.Silo.Storage;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Erasing an athlete is resumable: an erase stopped between its steps (here a challenge shard refusing the
/// departure, as a lost silo would leave it) keeps the athlete gone to every call, and finishes when the athlete
/// next activates. And the export carries the weeks folded out of the detail window.
/// </summary>
public sealed class AthleteEraseTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_erase_stopped_between_steps_keeps_the_athlete_gone_and_finishes_on_the_next_activation()
    {
        var tenant = $"club-{Guid.NewGuid():N}"[..20];
        var challenge = await NewChallengeAsync(tenant);
        var athlete = AthleteAsItsTenant(fixture.Grains, $"{tenant}/ana");
        await athlete.SetProfile(Profile());
        await athlete.LogRun(EasyRun("r1", Today.AddDays(-1), km: 9));
        var definition = await challenge.GetDefinition();
        await athlete.JoinChallenge(new(definition!.Id, "red", definition.Rules, definition.ShardCount));
        await Leaderboards.WhenAsync(challenge, page => page.Athletes.Count == 1 && page.Athletes[0].Score == Score.Whole(9));

        ShardFaults.Fail(ChallengeKeys.Challenge(tenant, "c"));
        var finished = await athlete.EraseAthlete();
        var marker = await StoredErasureAsync(tenant, "ana");
        var refused = await Assert.ThrowsAsync<AthleteErasingException>(() => athlete.GetOverview(null));
        await Assert.ThrowsAsync<AthleteErasingException>(() => athlete.LogRun(EasyRun("r2", Today, km: 3)));

        // The silo "dies": the activation is dropped with the marker stored; the next call activates it again.
        await fixture.DeactivateAsync(athlete);
        ShardFaults.Heal(ChallengeKeys.Challenge(tenant, "c"));
        GrainCaller.EnterTenant(tenant);
        var afterwards = await athlete.GetOverview(null);
        var board = await challenge.GetLeaderboard(10);

        Assert.False(finished);
        Assert.Equal([EraseStep.Challenges, EraseStep.Activities, EraseStep.Directory, EraseStep.State], marker!.Remaining);
        Assert.Equal("ana", refused.AthleteId);
        Assert.Null(afterwards);
        Assert.Null(await StoredErasureAsync(tenant, "ana"));
        Assert.False(await StateBlob(tenant, "ana").ExistsAsync(Cancel));
        Assert.Empty(board!.Athletes);
        Assert.Equal(Score.Zero, board.Teams.Single().Score);
        Assert.True(await athlete.EraseAthlete());
    }

    [Fact]
    public async Task An_athlete_created_again_under_an_erased_id_joins_a_challenge_the_erased_one_had_left()
    {
        var tenant = $"club-{Guid.NewGuid():N}"[..20];
        var challenge = await NewChallengeAsync(tenant);
        var athlete = AthleteAsItsTenant(fixture.Grains, $"{tenant}/ana");
        var definition = await challenge.GetDefinition();
        await athlete.SetProfile(Profile());
        await athlete.LogRun(EasyRun("r1", Today.AddDays(-1), km: 9));
        await athlete.JoinChallenge(new(definition!.Id, "red", definition.Rules, definition.ShardCount));
        await Leaderboards.WhenAsync(challenge, page => page.Athletes.Count == 1);
        Assert.True(await athlete.EraseAthlete());

        GrainCaller.EnterTenant(tenant);
        await athlete.SetProfile(Profile());
        await athlete.LogRun(EasyRun("r1", Today.AddDays(-1), km: 4));
        await athlete.JoinChallenge(new(definition.Id, "red", definition.Rules, definition.ShardCount));

        await Leaderboards.WhenAsync(challenge, page => page.Athletes.Count == 1 && page.Athletes[0].Score == Score.Whole(4));
    }

    [Fact]
    public async Task The_export_carries_the_folded_weeks_as_stored_and_among_all_weeks()
    {
        var tenant = $"gym-{Guid.NewGuid():N}"[..20];
        var folded = WeeklyTotals.Empty(WeeklyTotals.WeekStarting(Today.AddDays(-200))) with { Runs = 3, DistanceKm = 31.5 };
        var stored = new AthleteState { Profile = Profile() };
        stored.Log.EarlierWeeks.Add(folded);
        stored.Log.Runs.Add(EasyRun("r1", Today.AddDays(-1)));
        await StateBlob(tenant, "ana").UploadAsync(JsonGrainStateSerializer.Instance.Serialize(stored), Cancel);

        var export = await AthleteAsItsTenant(fixture.Grains, $"{tenant}/ana").Export();

        Assert.Equal(folded, Assert.Single(export!.FoldedWeeks));
        Assert.Contains(folded, export.Weeks);
        Assert.Equal("r1", Assert.Single(export.Runs).Id);
        Assert.Equal(2, export.Weeks.Count);
    }

    private BlobClient StateBlob(string tenant, string athleteId) =>
        new BlobServiceClient(fixture.StorageConnectionString).GetBlobContainerClient("athletes").GetBlobClient($"athlete-athlete/{tenant}/{athleteId}.json");

    private async Task<AthleteErasure?> StoredErasureAsync(string tenant, string athleteId)
    {
        var blob = StateBlob(tenant, athleteId);
        if (!await blob.ExistsAsync(Cancel))
        {
            return null;
        }

        var content = (await blob.DownloadContentAsync(Cancel)).Value.Content;
        return JsonGrainStateSerializer.Instance.Deserialize<AthleteState>(content).Erasure;
    }

    private async Task<IChallengeGrain> NewChallengeAsync(string tenant)
    {
        GrainCaller.EnterTenant(tenant);
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(ChallengeKeys.Challenge(tenant, "c"));
        var rules = new ChallengeRules(Today.AddDays(-10), Today.AddDays(10), ChallengeMetric.DistanceKm, null, ScoringMode.Absolute, TeamScoring.Total);
        Assert.Equal(CreateOutcome.Created, await challenge.Create(new ChallengeDraft("c", "Erase", rules)));
        Assert.Equal(CreateOutcome.Created, await challenge.AddTeam(new ChallengeTeam("red", "Red")));
        return challenge;
    }
}
