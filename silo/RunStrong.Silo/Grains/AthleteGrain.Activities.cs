using RunStrong.Activities.Derivation;
using RunStrong.Activities.Logging;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Contracts.Activities;

namespace RunStrong.Silo.Grains;

/// <summary>
/// Activities from files. The upload route reads the file, stores the original and asks the athlete to record it;
/// the athlete logs its entry and indexes it in the <see cref="Activities.ActivityStore"/>. The log change and the
/// index change are written together through an outbox (<see cref="AthleteState.ActivityOutbox"/>): the state write
/// holds both the entry and the row to write, and the row leaves the outbox once the store has it. A silo lost in
/// between leaves the row in the outbox, written on the next call or activation, so an entry is never logged
/// without its activity nor counted twice by a retried upload (which would be invisible once folded into a week).
/// </summary>
public sealed partial class AthleteGrain
{
    /// <summary>A file that starts within this of a typed run is that run, recorded: it replaces it rather than counting twice.</summary>
    private static readonly TimeSpan SameRunWindow = TimeSpan.FromMinutes(2);

    public Task<bool> Exists() => Task.FromResult(state.State.Exists());

    public Task<AthleteContext> GetActivityContext()
    {
        var latestWeight = Log.Measurements.OrderBy(m => m.Date).LastOrDefault()?.WeightKg;
        return Task.FromResult(ActivityAthlete.ContextOf(Profile, latestWeight, clock.GetUtcNow().Year));
    }

    public async Task<ActivityRecorded> RecordActivity(StoredActivity activity)
    {
        await FlushActivityOutboxAsync();
        var (tenantId, athleteId) = AthleteKey;
        if (await activities.GetAsync(tenantId, athleteId, activity.Id, CancellationToken.None) is { } existing)
        {
            return new ActivityRecorded(false, existing);
        }

        var recorded = await ChangeAthlete(athlete =>
        {
            var log = athlete.Log;
            var entry = activity.Entry;
            var typed = log.Runs.Find(r => !ActivityIds.IsActivity(r.Id) && (r.StartedAt - entry.StartedAt).Duration() <= SameRunWindow);
            if (typed is not null)
            {
                log.RemoveRun(typed.Id);
            }

            if (entry.Run is { } run)
            {
                log.Replace(run);
            }
            else
            {
                log.RemoveCrossTraining(entry.Id);
                log.Add(entry.CrossTraining!);
            }

            var stored = activity with { Replaced = typed?.Id };
            athlete.ActivityOutbox.Add(new ActivityIndexChange(stored, Deleted: false));
            return Change<StoredActivity>.Write(stored);
        }, activity.Id);

        await FlushActivityOutboxAsync();
        return new ActivityRecorded(true, recorded);
    }

    public async Task<StoredActivity?> GetActivity(string activityId)
    {
        if (state.State.ActivityOutbox.FindLast(c => c.Activity.Id == activityId) is { } pending)
        {
            return pending.Deleted ? null : pending.Activity;
        }

        var (tenantId, athleteId) = AthleteKey;
        return await activities.GetAsync(tenantId, athleteId, activityId, CancellationToken.None);
    }

    public async Task<bool> DeleteActivity(string activityId)
    {
        await FlushActivityOutboxAsync();
        var (tenantId, athleteId) = AthleteKey;
        if (await activities.GetAsync(tenantId, athleteId, activityId, CancellationToken.None) is not { } activity)
        {
            return false;
        }

        await ChangeAthlete(athlete =>
        {
            var log = athlete.Log;
            var entry = activity.Entry;
            var calendar = CalendarOf(athlete);
            var removed = entry.Run is { } run ? log.RemoveRun(run.Id) : log.RemoveCrossTraining(entry.Id);

            // Older than the detail window, the entry lives on in its week's totals: take it out of them.
            if (!removed && calendar.DayOf(entry.StartedAt) < DetailWindow.FirstDetailedDay(TodayOf(athlete)))
            {
                _ = entry.Run is { } folded ? log.RemoveFolded(folded, calendar) : log.RemoveFolded(entry.CrossTraining!, calendar);
            }

            athlete.ActivityOutbox.Add(new ActivityIndexChange(activity, Deleted: true));
            return Change<bool>.Write(true);
        }, activityId);

        await FlushActivityOutboxAsync();
        return true;
    }

    /// <summary>
    /// Writes what the outbox holds to the activity store, in order, and empties it (in memory; stored with the next
    /// write, so a crash before that re-sends rows already written: harmless, as rows are replaced and deletes tolerate
    /// absence). Throws when the store is unreachable: the caller's request fails and its retry, or the next activation,
    /// finishes the job.
    /// </summary>
    private async Task FlushActivityOutboxAsync()
    {
        var outbox = state.State.ActivityOutbox;
        if (outbox.Count == 0)
        {
            return;
        }

        var (tenantId, athleteId) = AthleteKey;
        while (outbox.Count > 0)
        {
            var change = outbox[0];
            if (change.Deleted)
            {
                await activities.DeleteAsync(tenantId, athleteId, change.Activity, CancellationToken.None);
            }
            else
            {
                await activities.PutAsync(tenantId, athleteId, change.Activity, CancellationToken.None);
            }

            outbox.RemoveAt(0);
        }
    }

    /// <summary>The erase step: every activity row and file of the athlete; whatever the outbox still held goes with them.</summary>
    private async Task EraseActivitiesAsync()
    {
        var (tenantId, athleteId) = AthleteKey;
        await activities.DeleteAllAsync(tenantId, athleteId, CancellationToken.None);
        state.State.ActivityOutbox.Clear();
    }

    /// <summary>On activation: a previous activation may have logged an activity and died before indexing it.</summary>
    private async Task ResumeActivityOutboxAsync()
    {
        try
        {
            await FlushActivityOutboxAsync();
        }
        catch (Exception e)
        {
            LogActivityOutboxNotFlushed(logger, e, this.GetPrimaryKeyString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity index changes of athlete {Athlete} not written yet; the next call retries.")]
    private static partial void LogActivityOutboxNotFlushed(ILogger logger, Exception exception, string athlete);
}
