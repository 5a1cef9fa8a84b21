namespace RunStrong.Benchmarks.Load;

/// <summary>One measurement window on one target, with the CPU each process used meanwhile.</summary>
public sealed record WindowResult(string Target, int Round, LoadOutcome Outcome, CpuShares Cpu);
