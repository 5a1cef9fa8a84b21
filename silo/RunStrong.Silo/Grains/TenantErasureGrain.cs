using Orleans.Core.Internal;
using RunStrong.Contracts.Erasure;
using RunStrong.Contracts.MemberImports;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.MemberImports;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Grains;

/// <summary>
/// Removes every trace of one tenant, phase by phase (<see cref="TenantErasePhase"/>), the phase persisted after each
/// one ends. A grain timer drives it while active; a reminder (Azure Table, outliving silos) reactivates it after a
/// crash, and the activation restarts the timer at the persisted phase. Every phase is idempotent (it lists what is
/// left and removes it), so one redone after a crash only finds less to do.
/// <para>
/// Races with live grains: keys are revoked first and the tenant is suspended, so no request reaches its grains;
/// running imports are cancelled. Activations are dropped before storage is deleted, so none holds state to write
/// back; an activation that comes back meanwhile (a reminder firing) reads nothing, or writes with an ETag that no
/// longer matches (the write fails), or writes a new record, which the <see cref="TenantErasePhase.Sweep"/> deletes.
/// </para>
/// </summary>
public sealed partial class TenantErasureGrain(
    [PersistentState("erasure", StorageNames.Tenants)] IPersistentState<TenantErasureState> state,
    TenantStorage storage,
    ImportUploads uploads,
    TimeProvider clock,
    ILogger<TenantErasureGrain> logger)
    : Grain, ITenantErasureGrain, IRemindable
{
    private const string ResumeReminder = "resume-erasure";
    private const int MaxFailures = 10;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private IGrainTimer? timer;

    private string TenantId => state.State.TenantId!;

    private string Key => this.GetPrimaryKeyString();

    private bool IsActive => state.State.TenantId is not null && state.State.Status is ErasureStatus.Queued or ErasureStatus.Running;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (IsActive)
        {
            StartTimer();
        }

        return Task.CompletedTask;
    }

    public async Task<TenantErasureProgress> Start(string tenantId)
    {
        if (state.State.Status == ErasureStatus.Failed)
        {
            // Asked again after giving up (the cause is fixed, presumably): go on from the phase it stopped in.
            await state.UpdateAsync(this, job =>
            {
                job.Status = ErasureStatus.Running;
                job.Failures = 0;
                job.FailureReason = null;
                job.FinishedAt = null;
                return Change<bool>.Write(true);
            });
            await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            StartTimer();
        }
        else if (state.State.TenantId is null)
        {
            var now = clock.GetUtcNow();
            await state.UpdateAsync(this, job =>
            {
                job.TenantId ??= tenantId;
                job.Status = ErasureStatus.Queued;
                job.CreatedAt = now;
                return Change<bool>.Write(true);
            });
            await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            StartTimer();
        }

        return ToProgress();
    }

    public Task<TenantErasureProgress?> Progress() => Task.FromResult(state.State.TenantId is null ? null : ToProgress());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Activation restarted the timer; an erasure that ended drops its reminder.
        if (!IsActive && await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private void StartTimer() =>
        timer ??= this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Interval) { KeepAlive = true });

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (!IsActive)
        {
            return;
        }

        var phase = state.State.Phase;
        try
        {
            var now = clock.GetUtcNow();
            if (state.State.Status == ErasureStatus.Queued)
            {
                await state.UpdateAsync(this, job =>
                {
                    job.Status = ErasureStatus.Running;
                    job.StartedAt ??= now;
                    return Change<bool>.Write(true);
                });
            }

            var counts = await RunAsync(phase, cancellationToken);
            var next = phase + 1;
            await state.UpdateAsync(this, job =>
            {
                job.Phase = next;
                job.Failures = 0;
                counts(job);
                if (next == TenantErasePhase.Done)
                {
                    job.Status = ErasureStatus.Completed;
                    job.FinishedAt = clock.GetUtcNow();
                }

                return Change<bool>.Write(true);
            });
            if (next == TenantErasePhase.Done)
            {
                LogCompleted(logger, Key, TenantId);
                await EndAsync();
            }
            else if (state.State.Failures == 0)
            {
                timer?.Change(TimeSpan.Zero, Interval);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await FailedAttemptAsync(phase, e);
        }
    }

    /// <summary>Runs one phase; what it removed, as a change to the counters.</summary>
    private async Task<Action<TenantErasureState>> RunAsync(TenantErasePhase phase, CancellationToken cancellationToken)
    {
        switch (phase)
        {
            case TenantErasePhase.RevokeKeys:
                GrainCaller.EnterAdmin();
                var keyIds = await GrainFactory.GetGrain<ITenantGrain>(TenantId).RevokeKeysForErasure();
                return job => job.KeyIds = [.. job.KeyIds.Union(keyIds)];

            case TenantErasePhase.StopImports:
                var cancelled = await CancelImportsAsync(cancellationToken);
                return job => job.ImportsCancelled += cancelled;

            case TenantErasePhase.Deactivate:
                var dropped = await DeactivateAsync();
                return job => job.ActivationsDeactivated += dropped;

            case TenantErasePhase.DeleteStorage or TenantErasePhase.Sweep:
                var deactivated = phase == TenantErasePhase.Sweep ? await DeactivateAsync() : 0;
                var blobs = await storage.DeleteBlobsAsync(TenantId, cancellationToken);
                var rows = await storage.DeleteRowsAsync(TenantId, state.State.KeyIds, IsTenantRecord, cancellationToken);
                return job =>
                {
                    job.ActivationsDeactivated += deactivated;
                    job.BlobsDeleted += blobs;
                    job.TableRowsDeleted += rows;
                };

            case TenantErasePhase.RemoveFromDirectory:
                GrainCaller.EnterAdmin();
                await GrainFactory.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).Remove(TenantId);
                return _ => { };

            case TenantErasePhase.DeleteTenant:
                GrainCaller.EnterAdmin();
                await GrainFactory.GetGrain<ITenantGrain>(TenantId).EraseRecord();
                return job => job.TableRowsDeleted++;

            default:
                return _ => { };
        }
    }

    /// <summary>Cancels every import of the tenant still queued or running: those its registry lists and those with a stored upload.</summary>
    private async Task<long> CancelImportsAsync(CancellationToken cancellationToken)
    {
        GrainCaller.EnterTenant(TenantId);
        var importIds = new HashSet<string>(await GrainFactory.GetGrain<IImportRegistryGrain>(TenantId).Recent(int.MaxValue), StringComparer.Ordinal);
        foreach (var blobName in await uploads.ListAsync(TenantId, cancellationToken))
        {
            importIds.Add(blobName[(blobName.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        }

        long cancelled = 0;
        foreach (var importId in importIds)
        {
            var job = GrainFactory.GetGrain<IImportJobGrain>($"{TenantId}/{importId}");
            if (await job.Progress() is { Status: ImportStatus.Queued or ImportStatus.Running })
            {
                await job.Cancel();
                cancelled++;
            }
        }

        return cancelled;
    }

    /// <summary>Drops every live activation of the tenant's grains, in the whole cluster, and of its key grains.</summary>
    private async Task<long> DeactivateAsync()
    {
        var activations = await GrainFactory.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var self = this.GetGrainId();
        var keyIds = state.State.KeyIds;
        var ours = activations
            .Select(a => a.GrainId)
            .Where(id => id != self && Belongs(id, keyIds))
            .Distinct()
            .ToList();
        await Task.WhenAll(ours.Select(id => GrainFactory.GetGrain(id).AsReference<IGrainManagementExtension>().DeactivateOnIdle().AsTask()));
        return ours.Count;
    }

    private bool Belongs(GrainId grain, List<string> keyIds)
    {
        var key = grain.Key.ToString() ?? "";
        return key == TenantId || key.StartsWith(TenantId + "/", StringComparison.Ordinal)
            || (grain.Type.ToString() == "apikey" && keyIds.Contains(key));
    }

    /// <summary>The tenant's own record is deleted last (by its grain), so that it says "being erased" until then.</summary>
    private bool IsTenantRecord(Azure.Data.Tables.TableEntity row) =>
        row.PartitionKey.EndsWith("_tenant_" + TenantId, StringComparison.Ordinal);

    private async Task FailedAttemptAsync(TenantErasePhase phase, Exception e)
    {
        LogPhaseFailed(logger, e, Key, phase);
        try
        {
            await state.UpdateAsync(this, job =>
            {
                job.Failures++;
                if (job.Failures >= MaxFailures)
                {
                    job.Status = ErasureStatus.Failed;
                    job.FinishedAt = clock.GetUtcNow();
                    job.FailureReason = $"Phase {phase} failed {MaxFailures} times in a row: {e.Message} Start the erase again to retry.";
                }

                return Change<bool>.Write(true);
            });
            if (state.State.Status == ErasureStatus.Failed)
            {
                await EndAsync();
                return;
            }

            // Back off 1, 2, 4 … 32 s between attempts.
            var delay = TimeSpan.FromSeconds(1 << Math.Min(state.State.Failures - 1, 5));
            timer?.Change(delay, delay);
        }
        catch (Exception storing)
        {
            // Storage itself is failing: the timer's next tick (or the reminder, after a restart) tries again.
            LogPhaseFailed(logger, storing, Key, phase);
        }
    }

    private async Task EndAsync()
    {
        timer?.Dispose();
        timer = null;
        if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private TenantErasureProgress ToProgress()
    {
        var job = state.State;
        return new TenantErasureProgress(
            this.GetPrimaryKeyString(), job.TenantId!, job.Status, JsonName(job.Phase), job.KeyIds.Count, job.ImportsCancelled,
            job.ActivationsDeactivated, job.BlobsDeleted, job.TableRowsDeleted, job.CreatedAt, job.StartedAt, job.FinishedAt, job.FailureReason);
    }

    private static string JsonName(TenantErasePhase phase) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(phase.ToString());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant erasure {Erasure}: phase {Phase} failed; retrying")]
    private static partial void LogPhaseFailed(ILogger logger, Exception exception, string erasure, TenantErasePhase phase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant erasure {Erasure}: tenant {Tenant} erased")]
    private static partial void LogCompleted(ILogger logger, string erasure, string tenant);
}
