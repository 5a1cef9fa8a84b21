using Orleans.Concurrency;
using Orleans.Storage;
using RunStrong.Challenges.Standings;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Security;
using RunStrong.Silo.Storage;
using RunStrong.Silo.Telemetry;

namespace RunStrong.Silo.Grains;

/// <summary>
/// One aggregator shard of a challenge. Athletes submit their latest score here; the shard applies it by
/// revision, stores it in group commits (one write for every update that arrived meanwhile) and acknowledges
/// once stored. A write appends the updates to the shard's log (<see cref="ChallengeShardLog"/>, about 80 bytes
/// each) rather than rewriting the shard; once the log outgrows half the shard (<see cref="LogCompaction"/>) it is
/// folded into a new snapshot (the grain state). A timer flushes what changed to the challenge grain every
/// <see cref="FlushPeriod"/>. Reentrant so that many submissions share one write; all state is touched on the
/// grain's scheduler only.
/// </summary>
/// <remarks>
/// Only one writer may extend a shard's history, even when a partition briefly leaves two activations: every append is
/// conditional on the log's length as this activation last saw it, and a compaction first seals the log that way, so a
/// stale activation's append fails (it deactivates and its senders retry) instead of landing in a log nothing reads.
/// </remarks>
[Reentrant]
public sealed partial class ChallengeShardGrain(
    [PersistentState("shard", StorageNames.Challenges)] IPersistentState<ChallengeShardState> state,
    ChallengeShardLog logs,
    ChallengeMetrics metrics,
    TimeProvider clock,
    ILogger<ChallengeShardGrain> logger)
    : Grain, IChallengeShardGrain
{
    /// <summary>How often changes reach the challenge: most of the leaderboard's freshness budget (1 s p99).</summary>
    public static readonly TimeSpan FlushPeriod = TimeSpan.FromMilliseconds(200);

    private readonly ParticipantTable table = new();
    private readonly HashSet<string> unflushed = new(StringComparer.Ordinal);
    private DateTimeOffset? oldestUnflushedAt;
    private GroupCommit? commits;
    private bool flushing;

    /// <summary>Applied but not stored yet (none has been written since, or its write failed), oldest first.</summary>
    private List<ScoreUpdate> unsaved = [];

    /// <summary>The log of the snapshot's generation, its length as this activation knows it, and the updates in it.</summary>
    private LineLog? log;
    private long logLength;
    private int loggedUpdates;
    private bool logSealed;

    private string TenantId => Contracts.Identity.TenantId.OfGrainKey(this.GetPrimaryKeyString())!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var participant in state.State.Participants())
        {
            table.Apply(participant);
        }

        foreach (var departure in state.State.Departures())
        {
            table.ApplyDeparture(departure.AthleteId, departure.Revision);
        }

        log = await logs.OpenAsync(this.GetPrimaryKeyString(), state.State.Generation, cancellationToken);
        var (lines, length) = await log.ReadAsync<ChallengeShardLogLine>(ChallengeShardLog.Json, cancellationToken);
        foreach (var line in lines)
        {
            if (line.ToUpdate() is { } update)
            {
                table.Apply(update);
                loggedUpdates++;
            }

            logSealed |= line.Sealed;
        }

        logLength = length;

        // A previous activation may have died between storing updates and flushing them: report everything once.
        unflushed.UnionWith(table.All.Select(p => p.AthleteId));
        unflushed.UnionWith(table.Departed.Select(d => d.Key));
        oldestUnflushedAt = unflushed.Count > 0 ? clock.GetUtcNow() : null;
        commits = new GroupCommit(WriteAsync);
        if (logSealed)
        {
            // A compaction sealed the log and stopped before its snapshot was stored: finish it before anything appends.
            await CompactAsync(cancellationToken);
        }

        this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(FlushPeriod, FlushPeriod) { Interleave = true });
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await FlushAsync(cancellationToken);

    public Task Submit(ScoreUpdate update)
    {
        if (table.Apply(update))
        {
            metrics.ScoreUpdateApplied();
            unsaved.Add(update);
            unflushed.Add(update.AthleteId);
            oldestUnflushedAt ??= clock.GetUtcNow();
        }
        else if (unsaved.Count == 0 && commits!.IsIdle)
        {
            // A repeat of something already stored: nothing to write.
            return Task.CompletedTask;
        }

        // A repeat still waits for a write that may be carrying its first delivery: the acknowledgement
        // means "stored".
        return commits!.CommitAsync();
    }

    public Task<ShardStandings> GetStandings() =>
        Task.FromResult(new ShardStandings(ShardIndex, [.. table.All], Departures(table.Departed), null));

    private int ShardIndex => ChallengeKeys.ShardIndexOf(this.GetPrimaryKeyString());

    /// <summary>
    /// Stores what was applied since the last write: appended to the log, or, when compaction is due, as the next
    /// snapshot. A failed write puts its updates back, so the next write carries them.
    /// </summary>
    private async Task WriteAsync()
    {
        if (unsaved.Count == 0)
        {
            return;
        }

        var updates = unsaved;
        unsaved = [];
        try
        {
            if (LogCompaction.IsDue(loggedUpdates + updates.Count, table.Count + table.Departed.Count()))
            {
                await CompactAsync(CancellationToken.None);
            }
            else
            {
                logLength += await log!.AppendAsync(updates.ConvertAll(ChallengeShardLogLine.Of), ChallengeShardLog.Json, logLength, CancellationToken.None);
                loggedUpdates += updates.Count;
            }
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote this shard: start again from what storage holds. Senders retry.
            unsaved.InsertRange(0, updates);
            DeactivateOnIdle();
            throw;
        }
        catch
        {
            unsaved.InsertRange(0, updates);
            throw;
        }
    }

    /// <summary>
    /// Folds the log into the next snapshot: seals the log (conditional on its length, so nothing another writer
    /// appended is left out), stores the whole table as the snapshot of the next generation, then deletes the old log.
    /// </summary>
    private async Task CompactAsync(CancellationToken cancellationToken)
    {
        if (!logSealed)
        {
            logLength += await log!.AppendAsync([ChallengeShardLogLine.Seal], ChallengeShardLog.Json, logLength, cancellationToken);
            logSealed = true;
        }

        var sealedLog = log!;
        var generation = state.State.Generation;
        state.State.Store(table);
        state.State.Generation = generation + 1;
        try
        {
            await state.WriteStateAsync(cancellationToken);
        }
        catch
        {
            state.State.Generation = generation;
            throw;
        }

        (log, logLength, loggedUpdates, logSealed) = (await logs.OpenAsync(this.GetPrimaryKeyString(), generation + 1, cancellationToken), 0, 0, false);
        try
        {
            await sealedLog.DeleteAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing reads a sealed log once the snapshot names the next generation: it only takes space until the tenant is erased.
            LogSealedLogNotDeleted(logger, e, this.GetPrimaryKeyString(), generation);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (unflushed.Count == 0 || flushing)
        {
            return;
        }

        flushing = true;
        var athletes = unflushed.ToList();
        var oldest = oldestUnflushedAt;
        unflushed.Clear();
        oldestUnflushedAt = null;
        try
        {
            var participants = new List<Participant>(athletes.Count);
            var departures = new List<Departure>();
            foreach (var athleteId in athletes)
            {
                if (table.Find(athleteId) is { } participant)
                {
                    participants.Add(participant);
                }
                else if (table.DepartedAt(athleteId) is { } revision)
                {
                    departures.Add(new Departure(athleteId, revision));
                }
            }

            GrainCaller.EnterTenant(TenantId);
            await GrainFactory.GetGrain<IChallengeGrain>(ChallengeKeys.ChallengeOfShard(this.GetPrimaryKeyString()))
                .ApplyShard(new ShardStandings(ShardIndex, participants, departures, oldest));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Keep them for the next tick: the challenge applies by revision, so sending twice is harmless.
            unflushed.UnionWith(athletes);
            oldestUnflushedAt = oldest < oldestUnflushedAt || oldestUnflushedAt is null ? oldest : oldestUnflushedAt;
            LogFlushFailed(logger, e, this.GetPrimaryKeyString());
        }
        finally
        {
            flushing = false;
        }
    }

    private static List<Departure> Departures(IEnumerable<KeyValuePair<string, long>> departed) =>
        [.. departed.Select(d => new Departure(d.Key, d.Value))];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Challenge shard {Shard} could not delete its sealed log of generation {Generation}; it stays unread.")]
    private static partial void LogSealedLogNotDeleted(ILogger logger, Exception exception, string shard, int generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Challenge shard {Shard} could not flush to its challenge; retrying next tick.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, string shard);
}
