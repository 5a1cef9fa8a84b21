namespace RunStrong.Benchmarks.Load;

/// <summary>
/// What an <see cref="OpenLoopPacer"/> did: sends planned for the window, started, and skipped because the
/// in-flight bound was reached (the target fell behind); how long starting them took, and until the last
/// answer.
/// </summary>
public sealed record PacedOutcome(long Planned, long Started, long Skipped, int PeakInFlight, TimeSpan SendingTime, TimeSpan TotalTime)
{
    /// <summary>Sends started per second over the sending window.</summary>
    public double StartedPerSecond => Started / SendingTime.TotalSeconds;
}
