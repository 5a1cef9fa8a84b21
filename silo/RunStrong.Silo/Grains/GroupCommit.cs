namespace RunStrong.Silo.Grains;

/// <summary>
/// Makes one state write serve many callers (group commit). A caller changes the state in memory and
/// awaits <see cref="CommitAsync"/>: with no write in flight one starts now; otherwise the caller joins the
/// next write, which starts when the current one ends and so carries every change made meanwhile. Under
/// load writes grow instead of queueing. Only for reentrant grains, on the grain's own scheduler.
/// </summary>
internal sealed class GroupCommit(Func<Task> write)
{
    private Task? inFlight;
    private TaskCompletionSource? next;

    /// <summary>No write is in flight or queued: nothing applied so far is waiting to be stored.</summary>
    public bool IsIdle => (inFlight is null || inFlight.IsCompleted) && next is null;

    public Task CommitAsync()
    {
        if (inFlight is null || inFlight.IsCompleted)
        {
            inFlight = WriteThenStartNext();
            return inFlight;
        }

        next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return next.Task;
    }

    private async Task WriteThenStartNext()
    {
        try
        {
            await write();
        }
        finally
        {
            inFlight = null;
            if (next is { } waiting)
            {
                next = null;
                _ = CompleteWithNextWrite(waiting);
            }
        }
    }

    private async Task CompleteWithNextWrite(TaskCompletionSource waiting)
    {
        try
        {
            inFlight = WriteThenStartNext();
            await inFlight;
            waiting.SetResult();
        }
        catch (Exception e)
        {
            waiting.SetException(e);
        }
    }
}
