using RunStrong.Challenges.Standings;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.MemberImports;
using RunStrong.Contracts.Members;
using RunStrong.Contracts.Security;
using RunStrong.Members;
using RunStrong.Silo.MemberImports;
using RunStrong.Silo.Members;

namespace RunStrong.Silo.Grains;

/// <summary>
/// Erasing the athlete (a data-protection request). The steps still to do are written to the athlete's state
/// (<see cref="AthleteState.Erasure"/>) before the first one runs, and a reminder is registered before that: a silo
/// lost mid-erase leaves both behind, and the reminder (or any call, through activation) finishes the erase. While
/// the marker is set every call but <see cref="EraseAthlete"/> throws <see cref="AthleteErasingException"/>: the athlete
/// answers 404 from the moment the erase is recorded. Every step is idempotent, so one redone after a crash is harmless.
/// </summary>
public sealed partial class AthleteGrain : IRemindable, IIncomingGrainCallFilter
{
    private const string EraseReminder = "erase";

    /// <summary>How often an unfinished erase is retried; Orleans' minimum reminder period.</summary>
    private static readonly TimeSpan EraseRetryPeriod = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The steps of an erase, in the order they run: adding a step is a name in <see cref="EraseStep"/> and one line here.
    /// Revoking the athlete's own keys belongs first (nothing authenticates as them meanwhile); removing them from
    /// the member directory belongs just before <see cref="EraseStep.State"/>, which is always last.
    /// </summary>
    private IReadOnlyList<(EraseStep Step, Func<Task> Run)> EraseSteps =>
    [
        (EraseStep.Keys, RevokeKeysOnEraseAsync),
        (EraseStep.ImportFiles, EraseImportFilesAsync),
        (EraseStep.Challenges, LeaveEveryChallengeAsync),
        (EraseStep.Activities, EraseActivitiesAsync),
        (EraseStep.Directory, RemoveFromDirectoryAsync),
        (EraseStep.State, DeleteStateAsync),
    ];

    private bool Erasing => state.State.Erasure is not null;

    public async Task<bool> EraseAthlete()
    {
        if (!Erasing)
        {
            if (!state.RecordExists)
            {
                // Nothing stored (never existed, or already erased): nothing to do. Nothing is written either, so
                // erasing never leaves a trace of its own.
                return true;
            }

            // The reminder first: a silo lost right after the marker is written must not leave the athlete half erased.
            await this.RegisterOrUpdateReminder(EraseReminder, EraseRetryPeriod, EraseRetryPeriod);
            var now = clock.GetUtcNow();
            var steps = EraseSteps.Select(s => s.Step).ToList();
            await state.UpdateAsync(this, athlete =>
            {
                athlete.Erasure ??= new AthleteErasure { Remaining = steps, StartedAt = now, ExternalId = athlete.CurrentIdentity()?.ExternalId ?? athlete.Member?.ExternalId };
                return Change<bool>.Write(true);
            });
        }

        return await TryContinueEraseAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != EraseReminder)
        {
            return;
        }

        if (Erasing)
        {
            await TryContinueEraseAsync();
        }
        else
        {
            // The erase finished (or never started) but its reminder outlived it.
            await UnregisterEraseReminderAsync();
        }
    }

    /// <summary>
    /// The athlete is gone to everyone from the moment its erase is recorded, whatever the route. Also notes what the
    /// activation serves (<see cref="NoteIncomingCall"/>).
    /// </summary>
    public Task Invoke(IIncomingGrainCallContext context)
    {
        NoteIncomingCall(context);
        if (Erasing && context.InterfaceMethod?.DeclaringType == typeof(IAthleteGrain) && context.InterfaceMethod.Name != nameof(IAthleteGrain.EraseAthlete))
        {
            throw new AthleteErasingException(AthleteKey.AthleteId);
        }

        return context.Invoke();
    }

    /// <summary>Runs the remaining steps in order; false (and logged) when one failed: the reminder tries again.</summary>
    private async Task<bool> TryContinueEraseAsync()
    {
        try
        {
            await ContinueEraseAsync();
            return true;
        }
        catch (Exception e)
        {
            LogEraseStepFailed(logger, e, this.GetPrimaryKeyString(), state.State.Erasure?.Remaining.FirstOrDefault());
            return false;
        }
    }

    private async Task ContinueEraseAsync()
    {
        foreach (var (step, run) in EraseSteps)
        {
            if (state.State.Erasure is not { } erasure || !erasure.Remaining.Contains(step))
            {
                continue;
            }

            await run();
            if (step == EraseStep.State)
            {
                break;
            }

            await state.UpdateAsync(this, athlete => new Change<bool>(true, athlete.Erasure?.Remaining.Remove(step) == true));
        }
    }

    /// <summary>
    /// An import's upload holds every row of the file as the gym sent it, and its error report is produced again from
    /// it (the report itself is only line, field and message, as are the first errors a job stores). So every stored
    /// upload of the tenant that holds the member's external id is deleted, and an import still running on such a
    /// file is cancelled first, since it would otherwise write the member back. Cancelling waits for the batch in
    /// flight; a batch that is waiting on this athlete fails instead (the call times out), so the member is not written.
    /// </summary>
    private async Task EraseImportFilesAsync()
    {
        if (state.State.Erasure?.ExternalId is not { } externalId)
        {
            return;
        }

        var (tenantId, _) = AthleteKey;
        GrainCaller.EnterTenant(tenantId);
        foreach (var blobName in await uploads.ListAsync(tenantId, CancellationToken.None))
        {
            await using (var upload = await uploads.TryOpenAsync(blobName, CancellationToken.None))
            {
                if (upload is null || !await UploadMentions.ExternalIdAsync(upload, externalId, CancellationToken.None))
                {
                    continue;
                }
            }

            var job = GrainFactory.GetGrain<IImportJobGrain>(blobName);
            if (await job.Progress() is { Status: ImportStatus.Queued or ImportStatus.Running })
            {
                await job.Cancel();
            }

            await uploads.DeleteAsync(blobName, CancellationToken.None);
        }
    }

    /// <summary>
    /// Leaves every challenge team the way leaving one does (a departure each shard stores), then hands each challenge
    /// the departure directly, so its leaderboard drops the athlete now rather than at the shard's next flush.
    /// </summary>
    private async Task LeaveEveryChallengeAsync()
    {
        await state.UpdateAsync(this, athlete =>
        {
            var left = false;
            foreach (var enrollment in athlete.Challenges.Items.Where(e => e.IsMember).ToList())
            {
                left |= athlete.Challenges.Leave(enrollment.ChallengeId, enrollment.TeamId!);
            }

            return new Change<bool>(left, left);
        });
        var departures = state.State.Challenges.Items.Where(e => !e.IsMember).Select(e => (e.ChallengeId, e.Revision)).ToList();
        await DeliverScoresAsync(throwOnFailure: true);

        var (tenantId, athleteId) = AthleteKey;
        GrainCaller.EnterTenant(tenantId);
        await Task.WhenAll(departures.Select(d =>
            GrainFactory.GetGrain<IChallengeGrain>(ChallengeKeys.Challenge(tenantId, d.ChallengeId)).Depart(new Departure(athleteId, d.Revision))));
    }

    /// <summary>Revokes the athlete's keys as their tenant (an erase may run from its reminder, with no caller of its own).</summary>
    private async Task RevokeKeysOnEraseAsync()
    {
        GrainCaller.EnterTenant(AthleteKey.TenantId);
        await RevokeAllKeys();
    }

    /// <summary>
    /// Leaves a tombstone in the athlete's roster shard, of a revision above any listing they published (revisions grow
    /// with the clock), so a listing still in flight cannot bring them back.
    /// </summary>
    private async Task RemoveFromDirectoryAsync()
    {
        var (tenantId, athleteId) = AthleteKey;
        var now = clock.GetUtcNow();
        GrainCaller.EnterTenant(tenantId);
        await GrainFactory.GetGrain<IRosterShardGrain>(RosterKeys.ShardOf(tenantId, athleteId))
            .Remove(new RosterTombstone(athleteId, AthleteListing.NextRevision(state.State.Listing?.Revision ?? 0, now), now));
    }

    /// <summary>Deletes the state blob (the marker with it), drops the reminder and the activation: nothing of the athlete remains.</summary>
    private async Task DeleteStateAsync()
    {
        deliveryRetry?.Dispose();
        deliveryRetry = null;
        listingRetry?.Dispose();
        listingRetry = null;
        await state.ClearStateAsync();
        state.State = new AthleteState(); // what this activation answers until it goes: an athlete nobody knows
        await UnregisterEraseReminderAsync();
        DeactivateOnIdle();
    }

    private async Task UnregisterEraseReminderAsync()
    {
        if (await this.GetReminder(EraseReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private (string TenantId, string AthleteId) AthleteKey
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            return (key[..slash], key[(slash + 1)..]);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasing athlete {Athlete} stopped at step {Step}; its reminder retries.")]
    private static partial void LogEraseStepFailed(ILogger logger, Exception exception, string athlete, EraseStep? step);
}
