using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>One raw Azurite baseline: its wall time and the CPU each process used.</summary>
public sealed record RawPhase(TimeSpan Time, CpuShares Cpu);
