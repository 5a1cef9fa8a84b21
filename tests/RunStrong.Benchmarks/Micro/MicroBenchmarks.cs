namespace RunStrong.Benchmarks;

/// <summary>Marks the assembly whose BenchmarkDotNet classes <c>micro</c> runs (everything under Micro/).</summary>
public static class MicroBenchmarks;
