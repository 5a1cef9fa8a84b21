using Azure.Storage.Blobs;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Members;
using RunStrong.Contracts.Security;
using RunStrong.Members;
using RunStrong.Silo.Members;
using RunStrong.Silo.Storage;
using RunStrong.Testing;
using static RunStrong.Silo.Tests.AthleteBuilders;

namespace RunStrong.Silo.Tests;

/// <summary>
/// The members directory's shards over real storage: athletes list themselves after a change, shards keep what
/// they hold across deactivation (snapshot plus change log, compacted), and a shard whose storage is gone
/// rebuilds itself from the athletes' stored state.
/// </summary>
public sealed class RosterShardTests(ClusterFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_athlete_appears_in_the_directory_after_a_change_with_its_risk_and_last_activity()
    {
        var tenant = NewTenant();
        var athlete = Athlete(tenant, "ana");
        await athlete.SetProfile(Profile());
        await athlete.LogRun(EasyRun("r-1", TestDates.DaysAgo(3)));

        var listed = await EventuallyListedAsync(tenant, page => page.Items.Any(i => i.Listing.LastActivityOn == TestDates.DaysAgo(3)));

        var listing = Assert.Single(listed.Items).Listing;
        Assert.Equal("ana", listing.AthleteId);
        Assert.NotNull(listing.Risk);
    }

    [Fact]
    public async Task Shards_keep_their_members_across_deactivation()
    {
        var tenant = NewTenant();
        var ids = Enumerable.Range(0, 40).Select(i => $"a{i:D2}").ToList();
        await Task.WhenAll(ids.Select(id => Athlete(tenant, id).SetProfile(Profile())));
        await EventuallyListedAsync(tenant, page => page.Matches == ids.Count);

        await DeactivateShardsAsync(tenant);

        Assert.Equal(ids, Ids(await PageAsync(tenant, limit: 100)));
    }

    [Fact]
    public async Task A_shard_whose_storage_was_deleted_rebuilds_itself_from_the_athletes()
    {
        var tenant = NewTenant();
        var ids = Enumerable.Range(0, 40).Select(i => $"a{i:D2}").ToList();
        await Task.WhenAll(ids.Select(id => Athlete(tenant, id).SetProfile(Profile())));
        await EventuallyListedAsync(tenant, page => page.Matches == ids.Count);

        await DeactivateShardsAsync(tenant);
        var container = new BlobServiceClient(fixture.StorageConnectionString).GetBlobContainerClient(RosterStore.ContainerName);
        var deleted = 0;
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{tenant}/", Cancel))
        {
            await container.DeleteBlobAsync(blob.Name, cancellationToken: Cancel);
            deleted++;
        }

        var rebuilt = await PageAsync(tenant, limit: 100);
        var stored = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{tenant}/", Cancel))
        {
            stored.Add(blob.Name);
        }

        Assert.True(deleted >= RosterSharding.ShardCount);
        Assert.Equal(ids, Ids(rebuilt));
        Assert.Equal(RosterSharding.ShardCount, stored.Count(name => name.EndsWith("/snapshot.json", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_shard_compacts_its_log_and_reads_back_the_same_members()
    {
        var tenant = NewTenant();
        var shard = Shard(tenant, 0);
        var listings = Enumerable.Range(0, 2_500)
            .Select(i => new MemberListing($"m{i:D4}", null, "Ana", $"Lopez{i:D4}", null, null, [], null, DateTimeOffset.UnixEpoch, 1))
            .ToList();
        foreach (var batch in listings.Chunk(100))
        {
            await shard.Publish(batch);
        }

        var store = new RosterStore(new BlobServiceClient(fixture.StorageConnectionString));
        var stored = await store.LoadAsync(tenant, 0, Cancel);
        await fixture.DeactivateAsync(shard);
        var reloaded = (await Shard(tenant, 0).Query(RosterQuery.For("lopez", RosterSort.Name, null, 100))).Value;

        Assert.NotNull(stored);
        Assert.True(stored.Snapshot.Generation > 1, $"generation {stored.Snapshot.Generation}");
        Assert.True(stored.Changes.Count < LogCompaction.MinimumChanges + 100, $"{stored.Changes.Count} changes in the log");
        Assert.Equal(listings.Count, reloaded.Matches);
    }

    [Fact]
    public async Task An_erased_member_stays_out_of_a_shard_across_deactivation()
    {
        var tenant = NewTenant();
        var shard = Shard(tenant, 3);
        var listing = new MemberListing("gone", null, "Gone", "Member", null, null, [], null, DateTimeOffset.UnixEpoch, 5);
        await shard.Publish([listing]);
        await shard.Remove(new RosterTombstone("gone", 6, DateTimeOffset.UtcNow));

        await fixture.DeactivateAsync(shard);
        await Shard(tenant, 3).Publish([listing]);

        Assert.Equal(0, (await Shard(tenant, 3).Query(RosterQuery.For(null, RosterSort.Name, null, 10))).Value.Matches);
    }

    private static string NewTenant() => $"roster-{Guid.NewGuid():N}"[..20];

    private IAthleteGrain Athlete(string tenant, string athleteId) => AthleteAsItsTenant(fixture.Grains, $"{tenant}/{athleteId}");

    private IRosterShardGrain Shard(string tenant, int shard)
    {
        GrainCaller.EnterTenant(tenant);
        return fixture.Grains.GetGrain<IRosterShardGrain>(RosterKeys.Shard(tenant, shard));
    }

    private async Task<RosterPage> PageAsync(string tenant, int limit)
    {
        var query = RosterQuery.For(null, RosterSort.Name, null, limit);
        var pages = await Task.WhenAll(Enumerable.Range(0, RosterSharding.ShardCount).Select(i => Shard(tenant, i).Query(query)));
        return RosterPage.Merge(pages.Select(p => p.Value), limit);
    }

    private async Task<RosterPage> EventuallyListedAsync(string tenant, Func<RosterPage, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await PageAsync(tenant, limit: 100);
            if (done(page))
            {
                return page;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"The directory shows {page.Matches} members after 10 s.");
            await Task.Delay(50, Cancel);
        }
    }

    private async Task DeactivateShardsAsync(string tenant)
    {
        for (var i = 0; i < RosterSharding.ShardCount; i++)
        {
            await fixture.DeactivateAsync(Shard(tenant, i));
        }
    }

    private static List<string> Ids(RosterPage page) => [.. page.Items.Select(i => i.Listing.AthleteId)];
}
