using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios.ActivityUpload;

/// <summary>One measured upload phase: counts, latency percentiles (ms), the CPU each process used, and answers with warnings.</summary>
public sealed record UploadPhaseResult(
    string Name, long Succeeded, long Errors, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms, double MaxMs,
    CpuShares Cpu, long FileBytes, long Warned, string? FirstError)
{
    public double UploadsPerSecond => Succeeded / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Succeeded * FileBytes / 1e6 / Elapsed.TotalSeconds;

    /// <summary>CPU milliseconds each process spent per successful upload.</summary>
    public string CpuPerUpload() => Cpu.MillisecondsPerItem(Elapsed, Succeeded);
}
