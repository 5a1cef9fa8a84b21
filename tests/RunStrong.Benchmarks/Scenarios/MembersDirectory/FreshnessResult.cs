namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// What a <see cref="RiskFreshnessProbe"/> saw: members sampled, seen high in time, already high before the
/// writes (not timed), not seen within the give-up time, directory reads made, and write-to-visible delays
/// (p50, p99, max ms); for the first member not seen in time, what the directory and the recommendations said.
/// </summary>
public sealed record FreshnessResult(
    int Sampled, int Visible, long AlreadyHigh, long TimedOut, long Polls, TimeSpan Elapsed, IReadOnlyList<double> DelayMs, string? FirstMiss);
