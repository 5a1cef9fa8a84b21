using RunStrong.Coaching.Log;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.MemberImports;
using RunStrong.Contracts.Members;
using RunStrong.Contracts.Security;
using RunStrong.Onboarding;
using RunStrong.Silo.MemberImports;
using RunStrong.Silo.Storage;
using RunStrong.Silo.Telemetry;

namespace RunStrong.Silo.Grains;

/// <summary>
/// One gym import. Counts the stored upload's rows, then walks it in batches on a grain timer: each batch
/// upserts its members concurrently (bounded), then the cursor and counters are written. After a crash the
/// reminder reactivates the job, which reopens the upload, skips the rows the cursor covers and goes on;
/// a batch interrupted before its checkpoint is redone, and since members are upserted by external id, a
/// redone row changes nothing (it counts as unchanged).
/// A file the reader refuses fails the job at once with the reader's reason. Any other error closes the upload,
/// backs the timer off and retries from the cursor; after <see cref="MaxAttempts"/> attempts in a row without
/// progress (a silo lost mid-attempt counts too) the job fails rather than retrying forever. When the job ends,
/// a second reminder deletes its upload after the retention period (at once for a dry run).
/// </summary>
public sealed partial class ImportJobGrain(
    [PersistentState("importJob", StorageNames.Tenants)] IPersistentState<ImportJobState> state,
    ImportUploads uploads,
    ImportUploadRetention retention,
    TimeProvider clock,
    ImportMetrics metrics,
    ILogger<ImportJobGrain> logger)
    : Grain, IImportJobGrain, IRemindable
{
    private const string ResumeReminder = "resume-import";
    private const string DeleteUploadReminder = "delete-upload";
    private const int BatchSize = 500;
    private const int MaxConcurrency = 32;
    private const int ErrorsShown = 100;
    private const int MaxAttempts = 5;

    /// <summary>Between batches of a healthy job: next to nothing, so batches run back to back.</summary>
    private static readonly TimeSpan BatchInterval = TimeSpan.FromMilliseconds(1);

    /// <summary>How often a pending upload deletion is retried (also the reminder's period, above Orleans' 1-minute minimum).</summary>
    private static readonly TimeSpan DeletionRetry = TimeSpan.FromMinutes(10);

    private IGrainTimer? timer;
    private bool attemptCounted;
    private bool backedOff;
    private int failures;
    private Stream? upload;
    private IAsyncEnumerator<MemberRow>? rows;
    private DateTimeOffset? runningSince;
    private long processedAtRunStart;

    private string TenantId => Contracts.Identity.TenantId.OfGrainKey(Key)!;

    private string ImportId => Key[(Key.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private string Key => this.GetPrimaryKeyString();

    private bool IsActive => state.State.Status is ImportStatus.Queued or ImportStatus.Running;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Request is null)
        {
            return;
        }

        if (IsActive)
        {
            StartTimer();
        }
        else if (state.State.UploadDeletedAt is null && DeletionDue() <= clock.GetUtcNow())
        {
            // A deletion its reminder missed (or a job that ended before uploads were deleted) is done on the next visit.
            await TryDeleteUploadAsync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        StopTimer();
        await CloseUploadAsync();
    }

    public async Task<ImportProgress> Start(ImportRequest request)
    {
        if (state.State.Request is null)
        {
            await state.UpdateAsync(this, job =>
            {
                job.Request = request;
                job.Status = ImportStatus.Queued;
                job.CreatedAt = clock.GetUtcNow();
                return Change<bool>.Write(true);
            });

            // The reminder outlives this activation and this silo: it is what resumes a crashed job.
            await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            StartTimer();
        }

        return ToProgress();
    }

    public Task<ImportProgress?> Progress() => Task.FromResult(state.State.Request is null ? null : ToProgress());

    public async Task<ImportProgress?> Cancel()
    {
        if (state.State.Request is null)
        {
            return null;
        }

        if (IsActive)
        {
            await FinishAsync(ImportStatus.Cancelled, null);
        }

        return ToProgress();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DeleteUploadReminder)
        {
            return DeleteUploadWhenDueAsync();
        }

        // Activation already restarted the timer; a finished job drops its reminder.
        return IsActive ? Task.CompletedTask : UnregisterReminderAsync(ResumeReminder);
    }

    private void StartTimer()
    {
        if (timer is null)
        {
            timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TimeSpan.Zero, BatchInterval) { KeepAlive = true });
            metrics.JobStarted();
        }
    }

    /// <summary>The job stops being worked on here: finished, or this activation ends (it resumes elsewhere).</summary>
    private void StopTimer()
    {
        if (timer is not null)
        {
            timer.Dispose();
            timer = null;
            metrics.JobStopped();
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (!IsActive)
        {
            return;
        }

        // Calls made for the job act as its gym (the silo refuses athlete calls from any other tenant).
        GrainCaller.EnterTenant(TenantId);
        string? unreadable;
        try
        {
            if (!await BeginAttemptAsync())
            {
                return;
            }

            if (state.State.Total < 0)
            {
                await CountRowsAsync(cancellationToken);
            }
            else
            {
                await ProcessBatchAsync(cancellationToken);
            }

            failures = 0;
            if (backedOff && IsActive)
            {
                timer?.Change(BatchInterval, BatchInterval);
                backedOff = false;
            }

            return;
        }
        catch (MemberFileException ex)
        {
            // The file itself is unreadable: reading it again cannot help.
            unreadable = $"{ex.Field}: {ex.Message}";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The activation is ending; the next one resumes at the cursor.
            await CloseUploadAsync();
            return;
        }
        catch (Exception ex)
        {
            await RetryLaterAsync(ex);
            return;
        }

        try
        {
            await FinishAsync(ImportStatus.Failed, unreadable);
        }
        catch (Exception ex)
        {
            // Storage refused the failed status: the next attempt finds the same problem and tries again.
            await RetryLaterAsync(ex);
        }
    }

    /// <summary>
    /// Counts an attempt in storage before working, so that a file which takes its silo down is counted as well;
    /// false (and the job failed) once <see cref="MaxAttempts"/> attempts in a row made no progress.
    /// </summary>
    private async Task<bool> BeginAttemptAsync()
    {
        if (attemptCounted)
        {
            return true;
        }

        if (state.State.Attempts >= MaxAttempts)
        {
            await FinishAsync(
                ImportStatus.Failed,
                $"The import stopped after {MaxAttempts} attempts in a row failed without progress (storage or members could not be reached, " +
                $"or the silo stopped while reading the file). Rows after the first {state.State.Processed} were not imported; upload the file again to retry.");
            return false;
        }

        await state.UpdateAsync(this, job =>
        {
            job.Attempts++;
            return Change<bool>.Write(true);
        });
        attemptCounted = true;
        return true;
    }

    /// <summary>
    /// After an unexpected error: the upload is closed, so the next attempt reopens it at the cursor (a batch
    /// read but not written is read again, never skipped), and the timer waits 1, 2, 4 … 32 s before it.
    /// </summary>
    private async Task RetryLaterAsync(Exception ex)
    {
        await CloseUploadAsync();
        attemptCounted = false;
        var delay = TimeSpan.FromSeconds(1 << Math.Min(failures++, 5));
        LogAttemptFailed(logger, ex, Key, state.State.Attempts, MaxAttempts, delay);
        timer?.Change(delay, delay);
        backedOff = true;
    }

    private async Task CountRowsAsync(CancellationToken cancellationToken)
    {
        var request = state.State.Request!;
        long total = 0;
        await using (var stream = await OpenUploadAsync(request, cancellationToken))
        {
            await foreach (var _ in MemberFile.ReadAsync(stream, FormatOf(request), request.Today, cancellationToken))
            {
                total++;
            }
        }

        var now = clock.GetUtcNow();
        await state.UpdateAsync(this, job =>
        {
            job.Total = total;
            job.Status = ImportStatus.Running;
            job.StartedAt ??= now;
            job.Attempts = 0;
            return Change<bool>.Write(true);
        });
    }

    private async Task ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var request = state.State.Request!;
        await OpenAtCursorAsync(request, cancellationToken);
        var batch = new List<MemberRow>(BatchSize);
        while (batch.Count < BatchSize && await rows!.MoveNextAsync())
        {
            batch.Add(rows.Current);
        }

        var upserts = await UpsertAsync(batch, request.DryRun);
        await PublishListingsAsync(upserts);
        var outcomes = upserts.Select(u => u.Outcome).ToList();
        await state.UpdateAsync(this, job =>
        {
            job.Processed += batch.Count;
            job.Attempts = 0;
            job.Created += outcomes.Count(o => o == MemberOutcome.Created);
            job.Updated += outcomes.Count(o => o == MemberOutcome.Updated);
            job.Unchanged += outcomes.Count(o => o == MemberOutcome.Unchanged);
            foreach (var row in batch.Where(r => r.Member is null))
            {
                job.Failed++;
                job.FirstErrors.AddRange(row.Errors.Take(ErrorsShown - job.FirstErrors.Count).Select(e => new ImportRowError(e.Line, e.Field, e.Message)));
            }

            return Change<bool>.Write(true);
        });
        CountRows(batch, outcomes, request.DryRun);

        if (batch.Count < BatchSize)
        {
            await FinishAsync(ImportStatus.Completed, null);
        }
    }

    /// <summary>
    /// Upserts the batch's valid members, at most <see cref="MaxConcurrency"/> at a time. A dry run writes
    /// nothing and counts no outcomes: its valid rows are <c>processed - failed</c>.
    /// </summary>
    private async Task<List<MemberUpsert>> UpsertAsync(List<MemberRow> batch, bool dryRun)
    {
        var members = batch.Where(r => r.Member is not null).Select(r => r.Member!).ToList();
        if (dryRun)
        {
            return [];
        }

        using var slots = new SemaphoreSlim(MaxConcurrency);
        var calls = members.Select(async member =>
        {
            await slots.WaitAsync();
            try
            {
                return await GrainFactory.GetGrain<IAthleteGrain>(AthleteId.GrainKey(TenantId, MemberAthleteId.Of(member.ExternalId))).UpsertMember(member);
            }
            finally
            {
                slots.Release();
            }
        });
        return [.. await Task.WhenAll(calls)];
    }

    /// <summary>
    /// Sends the batch's directory listings to the tenant's roster shards, one call per shard (so a member costs the
    /// directory no round trip of its own), before the batch's checkpoint: a batch redone after a crash publishes again,
    /// which shards ignore by revision.
    /// </summary>
    private async Task PublishListingsAsync(List<MemberUpsert> upserts)
    {
        var byShard = upserts
            .Where(u => u.Listing is not null)
            .GroupBy(u => RosterKeys.ShardOf(TenantId, u.Listing!.AthleteId), u => u.Listing!)
            .Select(shard => GrainFactory.GetGrain<IRosterShardGrain>(shard.Key).Publish([.. shard]));
        await Task.WhenAll(byShard);
    }

    /// <summary>Counts a batch's rows once its checkpoint is written (the same numbers the job's counters got).</summary>
    private void CountRows(List<MemberRow> batch, List<MemberOutcome> outcomes, bool dryRun)
    {
        var failed = batch.Count(r => r.Member is null);
        metrics.RowsProcessed(
            created: outcomes.Count(o => o == MemberOutcome.Created),
            updated: outcomes.Count(o => o == MemberOutcome.Updated),
            unchanged: outcomes.Count(o => o == MemberOutcome.Unchanged),
            failed: failed,
            validated: dryRun ? batch.Count - failed : 0);
    }

    private async Task OpenAtCursorAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        if (rows is not null)
        {
            return;
        }

        upload = await OpenUploadAsync(request, cancellationToken);
        rows = MemberFile.ReadAsync(upload, FormatOf(request), request.Today, cancellationToken).GetAsyncEnumerator(cancellationToken);
        for (long skipped = 0; skipped < state.State.Processed && await rows.MoveNextAsync(); skipped++)
        {
            // Rows the cursor covers were handled before a restart.
        }

        runningSince = clock.GetUtcNow();
        processedAtRunStart = state.State.Processed;
    }

    /// <summary>The stored upload; its absence is final (nothing stores it again), so the job fails rather than retries.</summary>
    private async Task<Stream> OpenUploadAsync(ImportRequest request, CancellationToken cancellationToken) =>
        await uploads.TryOpenAsync(request.BlobName, cancellationToken)
        ?? throw new MemberFileException("The uploaded file is no longer stored; upload it again.");

    private async Task FinishAsync(ImportStatus status, string? reason)
    {
        var now = clock.GetUtcNow();
        await state.UpdateAsync(this, job =>
        {
            job.Status = status;
            job.FinishedAt = now;
            job.FailureReason = reason;
            job.UploadDeleteAt = DeletionDue(job);
            return Change<bool>.Write(true);
        });
        if (reason is not null)
        {
            LogImportFailed(logger, Key, reason);
        }

        StopTimer();
        await CloseUploadAsync();
        await UnregisterReminderAsync(ResumeReminder);
        await ScheduleUploadDeletionAsync();
    }

    /// <summary>
    /// When an ended job's upload goes: at its end for a dry run (its counters and first errors are in the state),
    /// after the retention period otherwise, so the full error report can still be downloaded until then.
    /// </summary>
    private DateTimeOffset DeletionDue(ImportJobState? job = null)
    {
        job ??= state.State;
        var finishedAt = job.FinishedAt ?? job.CreatedAt;
        return job.UploadDeleteAt ?? (job.Request!.DryRun ? finishedAt : finishedAt + retention.Period);
    }

    /// <summary>
    /// Deletes the upload now when it is due, else leaves it to a reminder, which outlives this activation and
    /// this silo. A failure here is logged, not thrown: the job has ended either way, and the reminder (or the
    /// next activation) deletes the upload later.
    /// </summary>
    private async Task ScheduleUploadDeletionAsync()
    {
        try
        {
            var wait = DeletionDue() - clock.GetUtcNow();
            if (wait <= TimeSpan.Zero && await TryDeleteUploadAsync())
            {
                return;
            }

            await this.RegisterOrUpdateReminder(DeleteUploadReminder, wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1), DeletionRetry);
        }
        catch (Exception ex)
        {
            LogUploadDeletionFailed(logger, ex, Key);
        }
    }

    private async Task DeleteUploadWhenDueAsync()
    {
        if (IsActive || state.State.Request is null)
        {
            return;
        }

        if (state.State.UploadDeletedAt is null)
        {
            // Early (the reminder's clock is not ours) or failed: the reminder's next tick tries again.
            if (DeletionDue() > clock.GetUtcNow() || !await TryDeleteUploadAsync())
            {
                return;
            }
        }

        await UnregisterReminderAsync(DeleteUploadReminder);
    }

    /// <summary>Deletes the upload, then records that it did; a repeat (after a lost record) finds nothing to delete.</summary>
    private async Task<bool> TryDeleteUploadAsync()
    {
        try
        {
            await uploads.DeleteAsync(state.State.Request!.BlobName, CancellationToken.None);
            var now = clock.GetUtcNow();
            await state.UpdateAsync(this, job =>
            {
                job.UploadDeleteAt ??= now;
                job.UploadDeletedAt ??= now;
                return Change<bool>.Write(true);
            });
            return true;
        }
        catch (Exception ex)
        {
            LogUploadDeletionFailed(logger, ex, Key);
            return false;
        }
    }

    private async Task UnregisterReminderAsync(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task CloseUploadAsync()
    {
        if (rows is not null)
        {
            await rows.DisposeAsync();
            rows = null;
        }

        if (upload is not null)
        {
            await upload.DisposeAsync();
            upload = null;
        }
    }

    private static MemberFileFormat FormatOf(ImportRequest request) => Enum.Parse<MemberFileFormat>(request.Format, ignoreCase: true);

    private ImportProgress ToProgress()
    {
        var job = state.State;
        return new ImportProgress(
            ImportId, job.Status, job.Request!.DryRun, job.Request.Format, Math.Max(job.Total, 0), job.Processed, job.Created, job.Updated,
            job.Unchanged, job.Failed, Rate(job), job.CreatedAt, job.StartedAt, job.FinishedAt, job.FailureReason, [.. job.FirstErrors]);
    }

    /// <summary>Rows a second: over this activation's run while running, over the whole job once finished.</summary>
    private double Rate(ImportJobState job)
    {
        var (since, done) = job.Status == ImportStatus.Running && runningSince is { } start
            ? (start, job.Processed - processedAtRunStart)
            : (job.StartedAt ?? job.CreatedAt, job.Processed);
        var seconds = ((job.FinishedAt ?? clock.GetUtcNow()) - since).TotalSeconds;
        return seconds > 0 ? Math.Round(done / seconds, 1) : 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {Import} failed: {Reason}")]
    private static partial void LogImportFailed(ILogger logger, string import, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {Import}: attempt {Attempt} of {MaxAttempts} failed; retrying from the cursor in {Delay}")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string import, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {Import}: deleting its upload failed; the delete-upload reminder retries")]
    private static partial void LogUploadDeletionFailed(ILogger logger, Exception exception, string import);
}
