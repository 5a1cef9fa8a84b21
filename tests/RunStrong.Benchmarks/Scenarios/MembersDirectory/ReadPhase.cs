using RunStrong.Benchmarks.Load;
using static RunStrong.Benchmarks.Reporting.MeasureTable;

namespace RunStrong.Benchmarks.Scenarios.MembersDirectory;

/// <summary>
/// Runs one read target closed-loop: unmeasured warm-up, then the measured phase, with the CPU of every
/// process over the measured part.
/// </summary>
public sealed class ReadPhase(int readers, TimeSpan warmup, TimeSpan duration, CpuMeter meter, TextWriter output)
{
    public async Task<ReadPhaseResult> RunAsync(LoadTarget target, double? p99TargetMs, CancellationToken cancellationToken)
    {
        using var load = new LoadGenerator(target, readers);
        if (warmup > TimeSpan.Zero)
        {
            await load.RunAsync(warmup, cancellationToken);
        }

        var before = meter.Take();
        var outcome = await load.RunAsync(duration, cancellationToken);
        var result = new ReadPhaseResult(target.Name, outcome, meter.Since(before), p99TargetMs);
        output.WriteLine(Invariant(
            $"reads    {target.Name,-20} {outcome.RequestsPerSecond,7:0} req/s  p50 {outcome.P50Ms,6:0.0}  p95 {outcome.P95Ms,6:0.0}  p99 {outcome.P99Ms,6:0.0} ms  errors {outcome.Errors}  cores: {result.Cpu}") +
            (outcome.FirstError is null ? "" : $"  (first error: {outcome.FirstError})"));
        return result;
    }
}
