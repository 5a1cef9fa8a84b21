using RunStrong.Challenges.Participation;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Standings;
using RunStrong.Challenges.Validation;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Security;
using RunStrong.Silo.Storage;
using RunStrong.Silo.Telemetry;

namespace RunStrong.Silo.Grains;

/// <summary>
/// One club challenge: definition and teams (persisted), every participant's latest score (rebuilt from
/// the shards on activation, then kept current by their flushes) and the leaderboard snapshot, rebuilt at
/// most every <see cref="SnapshotPeriod"/> when scores moved. Reads are served from the snapshot and
/// interleave with everything. The periodic rebuild (a sort of every participant: milliseconds at 10,000) runs
/// off the grain's turn on a copy of the table, so reads and shard flushes never wait behind it.
/// </summary>
public sealed class ChallengeGrain(
    [PersistentState("challenge", StorageNames.Challenges)] IPersistentState<ChallengeState> state,
    ChallengeMetrics metrics,
    TimeProvider clock)
    : Grain, IChallengeGrain
{
    /// <summary>Teams per challenge: a leaderboard people can read, and a bound on the definition's size.</summary>
    public const int MaxTeams = 1_000;

    public static readonly TimeSpan SnapshotPeriod = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest a <see cref="NextLeaderboard"/> call waits: well inside Orleans' 30 s call timeout.</summary>
    public static readonly TimeSpan MaxLongPoll = TimeSpan.FromSeconds(20);

    private readonly ParticipantTable table = new();
    private LeaderboardSnapshot? snapshot;
    private bool changed;
    private bool building;
    private DateTimeOffset? oldestChangeAt;
    private long version;

    // Completed (and replaced) by every publication, releasing the long polls waiting for a newer snapshot.
    private TaskCompletionSource published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChallengeDefinition? Definition => state.State.Definition;

    private string TenantId => Contracts.Identity.TenantId.OfGrainKey(this.GetPrimaryKeyString())!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Definition is { } challenge)
        {
            await LoadFromShardsAsync(challenge);
            Publish(challenge);
        }

        this.RegisterGrainTimer(PublishIfChanged, new GrainTimerCreationOptions(SnapshotPeriod, SnapshotPeriod) { Interleave = true });
    }

    public async Task<CreateOutcome> Create(ChallengeDraft draft)
    {
        if (Definition is { } existing)
        {
            return existing.Name == draft.Name && existing.Rules == draft.Rules ? CreateOutcome.Exists : CreateOutcome.Conflict;
        }

        GrainCaller.EnterTenant(TenantId);
        if (!await GrainFactory.GetGrain<IChallengeRegistryGrain>(TenantId).Add(draft.Id))
        {
            return CreateOutcome.LimitReached;
        }

        var definition = new ChallengeDefinition(draft.Id, draft.Name, draft.Rules, ChallengeSharding.DefaultShardCount, clock.GetUtcNow(), []);
        await state.UpdateAsync(this, challenge =>
        {
            challenge.Definition = definition;
            return Change<bool>.Write(true);
        });
        Publish(definition);
        return CreateOutcome.Created;
    }

    public Task<ChallengeDefinition?> GetDefinition() => Task.FromResult(Definition);

    public async Task<CreateOutcome> AddTeam(ChallengeTeam team)
    {
        var outcome = await state.UpdateAsync(this, challenge =>
        {
            if (challenge.Definition is not { } definition)
            {
                return Change<CreateOutcome>.None(CreateOutcome.NotFound);
            }

            if (definition.Team(team.Id) is { } existing)
            {
                return Change<CreateOutcome>.None(existing == team ? CreateOutcome.Exists : CreateOutcome.Conflict);
            }

            if (definition.Teams.Count >= MaxTeams)
            {
                return Change<CreateOutcome>.None(CreateOutcome.LimitReached);
            }

            challenge.Definition = definition with { Teams = [.. definition.Teams, team] };
            return Change<CreateOutcome>.Write(CreateOutcome.Created);
        });

        if (outcome == CreateOutcome.Created)
        {
            Publish(Definition!);
        }

        return outcome;
    }

    public Task ApplyShard(ShardStandings standings)
    {
        if (Definition is null)
        {
            return Task.CompletedTask;
        }

        foreach (var participant in standings.Participants)
        {
            changed |= table.Apply(participant);
        }

        foreach (var departure in standings.Departures)
        {
            changed |= table.ApplyDeparture(departure.AthleteId, departure.Revision);
        }

        if (standings.OldestChangeAt is { } at && (oldestChangeAt is null || at < oldestChangeAt))
        {
            oldestChangeAt = at;
        }

        return Task.CompletedTask;
    }

    public Task Depart(Departure departure)
    {
        if (Definition is { } challenge && table.ApplyDeparture(departure.AthleteId, departure.Revision))
        {
            Publish(challenge);
        }

        return Task.CompletedTask;
    }

    public Task<LeaderboardPage?> GetLeaderboard(int top) => Task.FromResult(snapshot?.Top(top));

    public async Task<LeaderboardPage?> NextLeaderboard(long afterVersion, int top, TimeSpan maxWait)
    {
        if (snapshot is null || snapshot.Version != afterVersion)
        {
            return snapshot?.Top(top);
        }

        var wait = maxWait < TimeSpan.Zero ? TimeSpan.Zero : maxWait > MaxLongPoll ? MaxLongPoll : maxWait;
        // A timeout is an answer too (the current page), so it must not throw; continue on the grain's scheduler.
        await published.Task.WaitAsync(wait, clock)
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return snapshot?.Top(top);
    }

    public Task<ParticipantStanding?> GetStanding(string athleteId)
    {
        var current = snapshot;
        return Task.FromResult(current?.Athlete(athleteId) is { } athlete
            ? new ParticipantStanding(athlete, current.Team(athlete.TeamId), current.Athletes.Count, current.Version, current.GeneratedAt)
            : null);
    }

    private async Task LoadFromShardsAsync(ChallengeDefinition challenge)
    {
        // Bounded fan-out: one call per shard, fixed at creation.
        GrainCaller.EnterTenant(TenantId);
        var shards = await Task.WhenAll(Enumerable.Range(0, challenge.ShardCount).Select(shard =>
            GrainFactory.GetGrain<IChallengeShardGrain>(ChallengeKeys.Shard(TenantId, challenge.Id, shard)).GetStandings()));
        foreach (var standings in shards)
        {
            await ApplyShard(standings);
        }
    }

    private async Task PublishIfChanged(CancellationToken cancellationToken)
    {
        if (!changed || building || Definition is not { } challenge)
        {
            return;
        }

        // Participants are immutable: a copy of the references taken on the turn is a consistent table to rank.
        building = true;
        var participants = table.All.ToArray();
        var (built, now, oldest) = (++version, clock.GetUtcNow(), oldestChangeAt);
        changed = false;
        oldestChangeAt = null;
        try
        {
            Install(await Task.Run(() => LeaderboardSnapshot.Build(challenge, participants, built, now), cancellationToken), oldest);
        }
        catch (OperationCanceledException)
        {
            changed = true; // deactivating: the next activation rebuilds from the shards anyway
        }
        finally
        {
            building = false;
        }
    }

    /// <summary>Builds and installs a snapshot on the turn: for changes the caller's answer must already show.</summary>
    private void Publish(ChallengeDefinition challenge)
    {
        var oldest = oldestChangeAt;
        oldestChangeAt = null;
        changed = false;
        Install(LeaderboardSnapshot.Build(challenge, table.All, ++version, clock.GetUtcNow()), oldest);
    }

    /// <summary>
    /// Makes <paramref name="built"/> the current snapshot and wakes the long polls, unless a newer one was installed
    /// while it was being built (a team added on the turn meanwhile).
    /// </summary>
    private void Install(LeaderboardSnapshot built, DateTimeOffset? oldestChange)
    {
        if (snapshot is not null && snapshot.Version > built.Version)
        {
            return;
        }

        snapshot = built;
        var waiting = published;
        published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting.TrySetResult();
        if (oldestChange is { } at)
        {
            metrics.SnapshotPublished(clock.GetUtcNow() - at);
        }
    }
}
