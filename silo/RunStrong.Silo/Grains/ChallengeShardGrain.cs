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
/// revision, persists in group commits (one write for every update that arrived meanwhile) and acknowledges
/// once stored. A timer flushes what changed to the challenge grain every <see cref="FlushPeriod"/>.
/// Reentrant so that many submissions share one write; all state is touched on the grain's scheduler only.
/// </summary>
[Reentrant]
public sealed partial class ChallengeShardGrain(
    [PersistentState("shard", StorageNames.Challenges)] IPersistentState<ChallengeShardState> state,
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

    /// <summary>Something applied has not been stored yet (a write failed, or none has started since).</summary>
    private bool unsaved;

    private string TenantId => Contracts.Identity.TenantId.OfGrainKey(this.GetPrimaryKeyString())!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var participant in state.State.Participants())
        {
            table.Apply(participant);
        }

        foreach (var departure in state.State.Departures())
        {
            table.ApplyDeparture(departure.AthleteId, departure.Revision);
        }

        // A previous activation may have died between storing updates and flushing them: report everything once.
        unflushed.UnionWith(table.All.Select(p => p.AthleteId));
        unflushed.UnionWith(table.Departed.Select(d => d.Key));
        oldestUnflushedAt = unflushed.Count > 0 ? clock.GetUtcNow() : null;
        commits = new GroupCommit(WriteAsync);
        this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(FlushPeriod, FlushPeriod) { Interleave = true });
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await FlushAsync(cancellationToken);

    public Task Submit(ScoreUpdate update)
    {
        if (table.Apply(update))
        {
            metrics.ScoreUpdateApplied();
            unsaved = true;
            unflushed.Add(update.AthleteId);
            oldestUnflushedAt ??= clock.GetUtcNow();
        }
        else if (!unsaved && commits!.IsIdle)
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

    private async Task WriteAsync()
    {
        unsaved = false;
        state.State.Store(table);
        try
        {
            await state.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote this shard: start again from what storage holds. Senders retry.
            unsaved = true;
            DeactivateOnIdle();
            throw;
        }
        catch
        {
            unsaved = true;
            throw;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Challenge shard {Shard} could not flush to its challenge; retrying next tick.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, string shard);
}
