using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;
using RunStrong.Challenges.Validation;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Security;
using RunStrong.Silo.Grains;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests;

/// <summary>
/// A challenge shard stores each score update as a line appended to its log and folds the log into a snapshot only
/// once it outgrows half the shard; whatever it acknowledged is there after a reload, and a writer that has not seen
/// the whole log cannot add to it.
/// </summary>
public sealed class ChallengeShardLogTests(ClusterFixture fixture)
{
    private static readonly DateOnly Today = RunStrong.Testing.TestDates.Today;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Updates_are_appended_to_the_log_and_reloaded_without_a_snapshot_write()
    {
        var tenant = await NewChallengeAsync();
        var shard = Shard(tenant);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => shard.Submit(Update($"a{i}", "red", 100 + i, revision: 1))));
        await shard.Submit(Update("a7", "red", 999, revision: 2));
        await shard.Submit(Update("a7", "red", 5, revision: 1)); // older: ignored, nothing appended

        var lines = await LogLinesAsync(tenant, generation: 0);
        await fixture.DeactivateAsync(shard);
        var standings = await Shard(tenant).GetStandings();

        Assert.Equal(51, lines.Count);
        Assert.All(lines, line => Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(line, ChallengeShardLog.Json).Length, 40, 120));
        Assert.False(await SnapshotExistsAsync(tenant), "a shard below its compaction point writes no snapshot");
        Assert.Equal(50, standings.Participants.Count);
        Assert.Equal(new Score(999), standings.Participants.Single(p => p.AthleteId == "a7").Score);
        Assert.Equal(Enumerable.Range(0, 50).Sum(i => i == 7 ? 999 : 100 + i), standings.Participants.Sum(p => p.Score.Hundredths));
    }

    [Fact]
    public async Task A_log_past_its_compaction_point_becomes_the_next_snapshot_and_the_old_log_is_deleted()
    {
        var tenant = await NewChallengeAsync();
        var shard = Shard(tenant);
        var updates = LogCompaction.MinimumChanges + 200;
        foreach (var batch in Enumerable.Range(0, updates).Chunk(100))
        {
            await Task.WhenAll(batch.Select(i => shard.Submit(Update($"a{i}", i % 2 == 0 ? "red" : "blue", i, revision: 1))));
        }

        await shard.Submit(Update("a3", null, Score.Zero.Hundredths, revision: 2)); // a3 leaves

        var firstLog = await LogLinesAsync(tenant, generation: 0);
        var secondLog = await LogLinesAsync(tenant, generation: 1);
        await fixture.DeactivateAsync(shard);
        var standings = await Shard(tenant).GetStandings();

        Assert.Empty(firstLog); // folded into the snapshot and deleted
        Assert.True(await SnapshotExistsAsync(tenant));
        Assert.InRange(secondLog.Count, 1, 300);
        Assert.Equal(updates - 1, standings.Participants.Count);
        Assert.Contains(standings.Departures, d => d.AthleteId == "a3" && d.Revision == 2);
        Assert.Equal(Enumerable.Range(0, updates).Where(i => i != 3).Sum(i => (long)i), standings.Participants.Sum(p => p.Score.Hundredths));
    }

    [Fact]
    public async Task An_append_by_another_writer_makes_the_stale_activation_refuse_then_reload_with_both_updates()
    {
        var tenant = await NewChallengeAsync();
        var shard = Shard(tenant);
        await shard.Submit(Update("ana", "red", 100, revision: 1));

        // Another activation (say, across a partition) appended meanwhile: this one no longer knows the log's length.
        await AppendAsOtherWriterAsync(tenant, new ChallengeShardLogLine("ben", "red", 250, 1));
        await Assert.ThrowsAnyAsync<Exception>(() => shard.Submit(Update("cy", "red", 300, revision: 1)));
        await shard.Submit(Update("cy", "red", 300, revision: 1)); // the sender's retry reaches a fresh activation
        var standings = await Shard(tenant).GetStandings();

        Assert.Equal(["ana", "ben", "cy"], standings.Participants.Select(p => p.AthleteId).Order());
        Assert.Equal(650, standings.Participants.Sum(p => p.Score.Hundredths));
    }

    [Fact]
    public async Task A_sealed_log_left_by_an_interrupted_compaction_is_compacted_on_activation_and_nothing_appends_to_it()
    {
        var tenant = await NewChallengeAsync();
        var shard = Shard(tenant);
        await shard.Submit(Update("ana", "red", 100, revision: 1));
        await shard.Submit(Update("ben", "blue", 200, revision: 1));
        await fixture.DeactivateAsync(shard);

        // A compaction sealed the log, then its silo died before the snapshot was stored.
        await AppendAsOtherWriterAsync(tenant, ChallengeShardLogLine.Seal);
        await Shard(tenant).Submit(Update("cy", "red", 300, revision: 1));
        var standings = await Shard(tenant).GetStandings();

        Assert.Empty(await LogLinesAsync(tenant, generation: 0));
        Assert.True(await SnapshotExistsAsync(tenant));
        Assert.Equal([new ChallengeShardLogLine("cy", "red", 300, 1)], await LogLinesAsync(tenant, generation: 1));
        Assert.Equal(600, standings.Participants.Sum(p => p.Score.Hundredths));
    }

    /// <summary>A new club with challenge "c"; the caller then enters the tenant (a context set in here would not flow back).</summary>
    private async Task<string> NewChallengeAsync()
    {
        var tenant = $"club-{Guid.NewGuid():N}"[..20];
        GrainCaller.EnterTenant(tenant);
        var challenge = fixture.Grains.GetGrain<IChallengeGrain>(ChallengeKeys.Challenge(tenant, "c"));
        var rules = new ChallengeRules(Today.AddDays(-10), Today.AddDays(10), ChallengeMetric.DistanceKm, null, ScoringMode.Absolute, TeamScoring.Total);
        Assert.Equal(CreateOutcome.Created, await challenge.Create(new ChallengeDraft("c", "Log", rules)));
        return tenant;
    }

    private IChallengeShardGrain Shard(string tenant)
    {
        GrainCaller.EnterTenant(tenant);
        return fixture.Grains.GetGrain<IChallengeShardGrain>(ChallengeKeys.Shard(tenant, "c", 0));
    }

    private static ScoreUpdate Update(string athleteId, string? teamId, long hundredths, long revision) =>
        new(athleteId, teamId, new Score(hundredths), revision, $"run-{athleteId}-{revision}");

    private BlobContainerClient Container(string name) => new BlobServiceClient(fixture.StorageConnectionString).GetBlobContainerClient(name);

    private async Task<List<ChallengeShardLogLine>> LogLinesAsync(string tenant, int generation)
    {
        var log = new LineLog(Container(ChallengeShardLog.ContainerName).GetAppendBlobClient(ChallengeShardLog.NameOf(ChallengeKeys.Shard(tenant, "c", 0), generation)));
        return (await log.ReadAsync<ChallengeShardLogLine>(ChallengeShardLog.Json, Cancel)).Lines;
    }

    private async Task AppendAsOtherWriterAsync(string tenant, ChallengeShardLogLine line)
    {
        var log = new LineLog(Container(ChallengeShardLog.ContainerName).GetAppendBlobClient(ChallengeShardLog.NameOf(ChallengeKeys.Shard(tenant, "c", 0), 0)));
        await log.AppendAsync([line], ChallengeShardLog.Json, expectedLength: null, Cancel);
    }

    /// <summary>Whether the shard's grain state (its snapshot) was ever written.</summary>
    private async Task<bool> SnapshotExistsAsync(string tenant)
    {
        await foreach (var blob in Container(StorageNames.Challenges).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "shard-", Cancel))
        {
            if (blob.Name.Contains(tenant, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
