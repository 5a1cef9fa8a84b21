using Orleans.Storage;
namespace RunStrong.Silo.Grains;

/// <summary>The one way grains change persisted state: apply a command, write, and never leave half a change.</summary>
internal static class PersistentStateExtensions
{
    /// <summary>
    /// Applies <paramref name="command"/> to the state and writes it when it changed something. On an ETag
    /// conflict (another activation wrote first) the state is re-read and the command re-evaluated against
    /// it once, never blindly retried. On any other failure the in-memory state is reloaded from storage
    /// (or the activation dropped), so memory never holds a change that storage does not.
    /// </summary>
    public static async Task<TResult> UpdateAsync<TState, TResult>(
        this IPersistentState<TState> state, IGrainBase grain, Func<TState, Change<TResult>> command)
    {
        var change = command(state.State);
        if (!change.Changed)
        {
            return change.Result;
        }

        try
        {
            await state.WriteStateAsync();
            return change.Result;
        }
        catch (InconsistentStateException)
        {
            await ReloadOrDeactivate(state, grain);
            var retry = command(state.State);
            if (retry.Changed)
            {
                await WriteOrDeactivate(state, grain);
            }

            return retry.Result;
        }
        catch
        {
            await ReloadOrDeactivate(state, grain);
            throw;
        }
    }

    private static async Task WriteOrDeactivate<TState>(IPersistentState<TState> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }

    private static async Task ReloadOrDeactivate<TState>(IPersistentState<TState> state, IGrainBase grain)
    {
        try
        {
            await state.ReadStateAsync();
        }
        catch
        {
            // Storage is unreachable: drop the activation so the next call starts from what storage holds.
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
