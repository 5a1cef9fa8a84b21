using Orleans.Concurrency;
using RunStrong.Contracts.Members;
using RunStrong.Contracts.Security;
using RunStrong.Members;
using RunStrong.Silo.Members;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>
/// One roster shard of a tenant's members directory. Applies listings by revision to an in-memory
/// <see cref="RosterIndex"/>, appends what changed to its log in group commits (one append for every
/// publication that arrived meanwhile) and acknowledges once stored. Reentrant so that queries never wait for
/// an append; all state is touched on the grain's scheduler only. With no snapshot in storage (a new tenant, or
/// a shard whose storage was lost) it rebuilds itself from the athletes' stored state before answering.
/// </summary>
[Reentrant]
public sealed partial class RosterShardGrain(
    RosterStore store,
    AthleteStateBlobs athletes,
    TimeProvider clock,
    ILogger<RosterShardGrain> logger)
    : Grain, IRosterShardGrain
{
    /// <summary>How long an erased member's tombstone outlives the erase: far beyond any publication still in flight.</summary>
    private static readonly TimeSpan TombstoneLifetime = TimeSpan.FromDays(1);

    private readonly RosterIndex index = new();
    private List<RosterChange> unsaved = [];
    private GroupCommit? commits;
    private int generation;
    private int loggedChanges;

    private (string TenantId, int Shard) Key => RosterKeys.Parse(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        commits = new GroupCommit(WriteAsync);
        var (tenantId, shard) = Key;
        if (await store.LoadAsync(tenantId, shard, cancellationToken) is { } stored)
        {
            generation = stored.Snapshot.Generation;
            foreach (var tombstone in stored.Snapshot.Tombstones)
            {
                index.Remove(tombstone);
            }

            foreach (var listing in stored.Snapshot.Listings)
            {
                index.Apply(listing);
            }

            foreach (var change in stored.Changes)
            {
                Apply(change);
            }

            loggedChanges = stored.Changes.Count;
            return;
        }

        await RebuildAsync(tenantId, shard, cancellationToken);
    }

    public async Task Publish(IReadOnlyList<MemberListing> listings)
    {
        var changed = false;
        foreach (var listing in listings)
        {
            changed |= Record(new RosterChange(listing, null));
        }

        if (changed)
        {
            await commits!.CommitAsync();
        }
    }

    public async Task Remove(RosterTombstone tombstone)
    {
        if (Record(new RosterChange(null, tombstone)))
        {
            await commits!.CommitAsync();
        }
    }

    public Task<Immutable<RosterPage>> Query(RosterQuery query) => Task.FromResult(index.Query(query).AsImmutable());

    /// <summary>Applies a change and queues it for the log when it changed the index.</summary>
    private bool Record(RosterChange change)
    {
        if (!Apply(change))
        {
            return false;
        }

        unsaved.Add(change);
        return true;
    }

    private bool Apply(RosterChange change) => change switch
    {
        { Listing: { } listing } => index.Apply(listing),
        { Removed: { } tombstone } => index.Remove(tombstone),
        _ => false,
    };

    /// <summary>
    /// Stores what changed since the last write: appended to the log, or, when compaction is due, as a new snapshot
    /// of the whole index. A failed write puts its changes back, so the next write carries them.
    /// </summary>
    private async Task WriteAsync()
    {
        if (unsaved.Count == 0)
        {
            return;
        }

        var changes = unsaved;
        unsaved = [];
        var (tenantId, shard) = Key;
        try
        {
            if (LogCompaction.IsDue(loggedChanges + changes.Count, index.Count))
            {
                await WriteSnapshotAsync(tenantId, shard, CancellationToken.None);
            }
            else
            {
                await store.AppendAsync(tenantId, shard, generation, changes, CancellationToken.None);
                loggedChanges += changes.Count;
            }
        }
        catch
        {
            unsaved.InsertRange(0, changes);
            throw;
        }
    }

    /// <summary>The whole index as the next generation's snapshot; its log starts empty.</summary>
    private async Task WriteSnapshotAsync(string tenantId, int shard, CancellationToken cancellationToken)
    {
        index.ForgetTombstones(clock.GetUtcNow() - TombstoneLifetime);
        var snapshot = new RosterSnapshot(generation + 1, [.. index.Listings], [.. index.Tombstones]);
        await store.WriteSnapshotAsync(tenantId, shard, snapshot, cancellationToken);
        generation = snapshot.Generation;
        loggedChanges = 0;
    }

    private async Task RebuildAsync(string tenantId, int shard, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await athletes.ReadShardAsync(tenantId, shard, cancellationToken);
        foreach (var (athleteId, athlete) in stored.Where(a => a.State.Exists() && a.State.Erasure is null))
        {
            // Athletes being erased are left out. Each athlete's last listing keeps its revision; one stored before
            // listings existed gets the oldest.
            index.Apply(athlete.Listing is { } listed && listed.AthleteId == athleteId
                ? listed
                : AthleteListing.Of(athleteId, athlete, now, revision: 0));
        }

        // Whatever was left of the shard (an orphaned log) is superseded by what the athletes say.
        await store.DeleteAsync(tenantId, shard, cancellationToken);
        generation = 0;
        await WriteSnapshotAsync(tenantId, shard, cancellationToken);
        if (index.Count > 0)
        {
            LogRebuilt(logger, this.GetPrimaryKeyString(), index.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster shard {Shard} had no stored state and was rebuilt from {Members} athletes' stored state.")]
    private static partial void LogRebuilt(ILogger logger, string shard, int members);
}
