namespace RunStrong.AppHost.Supervision;

/// <summary>
/// When the AppHost starts a silo again, as a Kubernetes Deployment restarts a container that exited: decided
/// from the states a silo resource goes through, with no Aspire types so it can be tested on its own.
/// </summary>
/// <remarks>
/// <para>
/// A silo that reaches a terminal state (<c>Finished</c>, <c>Exited</c>, <c>FailedToStart</c>) without having been
/// asked to stop crashed, was killed, or exited by itself (Orleans ends a silo that learns it was declared
/// dead): it is started again. Asked to stop means: the AppHost is shutting down, or the resource went through
/// <c>Stopping</c> first (the dashboard's stop and restart commands ask the orchestrator to stop it, which
/// reports <c>Stopping</c>; a process that dies by itself goes straight from <c>Running</c> to a terminal
/// state), or it ended <c>Terminated</c> (killed by the orchestrator on purpose). A silo an operator stopped
/// stays stopped until the operator starts it.
/// </para>
/// <para>
/// Backoff as Kubernetes' CrashLoopBackOff, on a local scale: the first restart at once, then
/// <see cref="FirstDelay"/> doubling up to <see cref="MaxDelay"/>; a silo that ran <see cref="ResetAfter"/>
/// before exiting starts again from the first restart.
/// </para>
/// </remarks>
internal sealed class SiloRestartPolicy
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan ResetAfter = TimeSpan.FromSeconds(60);

    public const string Running = "Running";
    public const string Starting = "Starting";
    public const string Stopping = "Stopping";
    public const string Terminated = "Terminated";
    private static readonly string[] ExitStates = ["Finished", "Exited", "FailedToStart"];

    private readonly Lock gate = new();
    private readonly Dictionary<string, Track> tracks = new(StringComparer.Ordinal);

    /// <summary>The delay before restart number <paramref name="attempt"/> (1-based) in a row.</summary>
    public static TimeSpan DelayBefore(int attempt) =>
        attempt <= 1 ? TimeSpan.Zero
        : TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Min(attempt - 2, 30))));

    /// <summary>
    /// One observed state of <paramref name="resource"/>. Returns what to do about it when it is an exit (restart,
    /// or leave it stopped and why); null for every other state, and for a state seen again.
    /// </summary>
    public SiloExit? Observe(string resource, string? state, int? exitCode, DateTimeOffset at, bool shuttingDown)
    {
        lock (gate)
        {
            var track = tracks.TryGetValue(resource, out var known) ? known : tracks[resource] = new Track();
            if (state is null || state == track.State)
            {
                return null;
            }

            track.State = state;
            if (state is Starting or Running)
            {
                // Whatever was asked before, the silo is (being) started again now.
                track.StopRequested = false;
                track.RestartPending = false;
                if (state == Running)
                {
                    track.RunningSince = at;
                }

                return null;
            }

            if (state == Stopping)
            {
                track.StopRequested = true;
                return null;
            }

            if (state == Terminated)
            {
                return Leave(track, exitCode, "the orchestrator terminated it on request");
            }

            if (!ExitStates.Contains(state, StringComparer.Ordinal))
            {
                return null;
            }

            if (shuttingDown)
            {
                return Leave(track, exitCode, "the AppHost is shutting down");
            }

            if (track.StopRequested)
            {
                return Leave(track, exitCode, "it was asked to stop (dashboard or command); start it from there");
            }

            if (track.RestartPending)
            {
                return null;
            }

            if (track.RunningSince is { } since && at - since >= ResetAfter)
            {
                track.Restarts = 0;
            }

            track.RunningSince = null;
            return Restart(track, exitCode, state);
        }
    }

    /// <summary>The start command for a restart failed: the next restart, after the next delay.</summary>
    public SiloExit StartFailed(string resource, string why)
    {
        lock (gate)
        {
            var track = tracks[resource];
            return Restart(track, null, $"its restart failed: {why}");
        }
    }

    private static SiloExit Restart(Track track, int? exitCode, string state)
    {
        track.RestartPending = true;
        track.Restarts++;
        return new SiloExit(true, track.Restarts, DelayBefore(track.Restarts), exitCode, state);
    }

    private static SiloExit Leave(Track track, int? exitCode, string why)
    {
        track.RestartPending = false;
        track.RunningSince = null;
        return new SiloExit(false, track.Restarts, TimeSpan.Zero, exitCode, why);
    }

    private sealed class Track
    {
        public string? State { get; set; }
        public bool StopRequested { get; set; }
        public bool RestartPending { get; set; }
        public DateTimeOffset? RunningSince { get; set; }
        public int Restarts { get; set; }
    }
}

/// <summary>
/// What to do about a silo that exited: <paramref name="Restart"/> it as restart number <paramref name="Attempt"/>
/// in a row after <paramref name="Delay"/>, or leave it stopped. <paramref name="Reason"/> is the state it
/// exited in, or why it stays stopped.
/// </summary>
internal sealed record SiloExit(bool Restart, int Attempt, TimeSpan Delay, int? ExitCode, string Reason);
