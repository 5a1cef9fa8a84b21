using RunStrong.Benchmarks.Load;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// The big import: the job as it finished, upload and wall time (202 -> completed), CPU meanwhile, and the
/// silo's peak RSS (sampled; VmHWM, reset just before when <see cref="PeakReset"/>, else since the silo started).
/// </summary>
public sealed record ImportPhase(ImportJobStatus Job, TimeSpan UploadTime, TimeSpan Time, CpuShares Cpu, long SampledPeakBytes, long? HwmBytes, bool PeakReset)
{
    public double MembersPerSecond => Job.Processed / Time.TotalSeconds;
}
