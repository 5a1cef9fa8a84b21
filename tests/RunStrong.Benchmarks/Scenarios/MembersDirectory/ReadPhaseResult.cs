using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>One closed-loop read phase: what it read, how it went, the CPU each process used, and its p99 target if any.</summary>
public sealed record ReadPhaseResult(string Name, LoadOutcome Outcome, CpuShares Cpu, double? P99TargetMs)
{
    public bool Met => P99TargetMs is not { } target || (Outcome.P99Ms <= target && Outcome.Errors == 0);

    /// <summary>CPU microseconds each process spent per successful request.</summary>
    public string CpuPerRequest() =>
        string.Join(" ", Cpu.CoresByProcess.Select(p =>
            FormattableString.Invariant($"{p.Key} {p.Value * Outcome.Elapsed.TotalSeconds * 1e6 / Math.Max(1, Outcome.Succeeded):0}")));
}
