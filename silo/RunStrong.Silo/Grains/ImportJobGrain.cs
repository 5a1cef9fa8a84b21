using RunStrong.Coaching.Log;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.MemberImports;
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
/// </summary>
public sealed partial class ImportJobGrain(
    [PersistentState("importJob", StorageNames.Tenants)] IPersistentState<ImportJobState> state,
    ImportUploads uploads,
    TimeProvider clock,
    ImportMetrics metrics,
    ILogger<ImportJobGrain> logger)
    : Grain, IImportJobGrain, IRemindable
{
    private const string ResumeReminder = "resume-import";
    private const int BatchSize = 500;
    private const int MaxConcurrency = 32;
    private const int ErrorsShown = 100;

    private IGrainTimer? timer;
    private Stream? upload;
    private IAsyncEnumerator<MemberRow>? rows;
    private DateTimeOffset? runningSince;
    private long processedAtRunStart;

    private string TenantId => Contracts.Identity.TenantId.OfGrainKey(Key)!;

    private string ImportId => Key[(Key.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status is ImportStatus.Queued or ImportStatus.Running && state.State.Request is not null)
        {
            StartTimer();
        }

        return Task.CompletedTask;
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

        if (state.State.Status is ImportStatus.Queued or ImportStatus.Running)
        {
            await FinishAsync(ImportStatus.Cancelled, null);
        }

        return ToProgress();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Activation already restarted the timer; a finished job drops its reminder.
        return state.State.Status is ImportStatus.Queued or ImportStatus.Running
            ? Task.CompletedTask
            : UnregisterReminderAsync();
    }

    private void StartTimer()
    {
        if (timer is null)
        {
            timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(1)) { KeepAlive = true });
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
        if (state.State.Status is not (ImportStatus.Queued or ImportStatus.Running))
        {
            return;
        }

        // Calls made for the job act as its gym (the silo refuses athlete calls from any other tenant).
        GrainCaller.EnterTenant(TenantId);
        try
        {
            if (state.State.Total < 0)
            {
                await CountRowsAsync(cancellationToken);
                return;
            }

            await ProcessBatchAsync(cancellationToken);
        }
        catch (MemberFileException ex)
        {
            await FinishAsync(ImportStatus.Failed, $"{ex.Field}: {ex.Message}");
        }
    }

    private async Task CountRowsAsync(CancellationToken cancellationToken)
    {
        var request = state.State.Request!;
        long total = 0;
        await using (var stream = await uploads.OpenAsync(request.BlobName, cancellationToken))
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

        var outcomes = await UpsertAsync(batch, request.DryRun);
        await state.UpdateAsync(this, job =>
        {
            job.Processed += batch.Count;
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
    private async Task<List<MemberOutcome>> UpsertAsync(List<MemberRow> batch, bool dryRun)
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

        upload = await uploads.OpenAsync(request.BlobName, cancellationToken);
        rows = MemberFile.ReadAsync(upload, FormatOf(request), request.Today, cancellationToken).GetAsyncEnumerator(cancellationToken);
        for (long skipped = 0; skipped < state.State.Processed && await rows.MoveNextAsync(); skipped++)
        {
            // Rows the cursor covers were handled before a restart.
        }

        runningSince = clock.GetUtcNow();
        processedAtRunStart = state.State.Processed;
    }

    private async Task FinishAsync(ImportStatus status, string? reason)
    {
        var now = clock.GetUtcNow();
        await state.UpdateAsync(this, job =>
        {
            job.Status = status;
            job.FinishedAt = now;
            job.FailureReason = reason;
            return Change<bool>.Write(true);
        });
        if (reason is not null)
        {
            LogImportFailed(logger, Key, reason);
        }

        StopTimer();
        await CloseUploadAsync();
        await UnregisterReminderAsync();
    }

    private async Task UnregisterReminderAsync()
    {
        if (await this.GetReminder(ResumeReminder) is { } reminder)
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
}
