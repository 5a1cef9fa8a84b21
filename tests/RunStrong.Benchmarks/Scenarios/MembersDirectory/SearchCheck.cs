namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// Every search of the mix sent once, alone: how many, which found nobody, their mean <c>total</c>, latencies
/// (p50, p99, max ms), and a few of them as examples for the report.
/// </summary>
public sealed record SearchCheck(int Searches, IReadOnlyList<string> FoundNobody, double MeanTotal, IReadOnlyList<double> LatencyMs, IReadOnlyList<string> Examples);
