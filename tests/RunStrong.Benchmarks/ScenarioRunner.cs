using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Platform;
using RunStrong.Benchmarks.Reporting;
using RunStrong.Benchmarks.Scenarios;

namespace RunStrong.Benchmarks;

/// <summary>
/// Warms every target up, then measures them in alternating windows (round 1: A B, round 2: B A, ...), so
/// slow drift on a shared machine (another build, a GC pattern) lands on both sides of a ratio alike.
/// </summary>
public sealed class ScenarioRunner(BenchmarkOptions options, LocalPlatform platform, TextWriter output)
{
    public async Task<IReadOnlyList<WindowResult>> RunAsync(ScenarioPlan plan, CancellationToken cancellationToken)
    {
        var generators = plan.Targets.Select(t => new LoadGenerator(t, options.Concurrency)).ToArray();
        try
        {
            var meter = new CpuMeter(
            [
                new("gateway", () => platform.Gateway.CpuTime),
                new("silo", () => platform.Silo.CpuTime),
                new("loadgen", () => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime),
            ]);

            if (options.Warmup > TimeSpan.Zero)
            {
                foreach (var generator in generators)
                {
                    var warm = await generator.RunAsync(options.Warmup, cancellationToken);
                    output.WriteLine(FormattableString.Invariant(
                        $"warm-up  {generator.TargetName,-8} {warm.RequestsPerSecond,9:0} req/s  errors {warm.Errors}{ResultTable.ErrorNote(warm)}"));
                }
            }

            var results = new List<WindowResult>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var order = round % 2 == 1 ? generators : generators.Reverse().ToArray();
                foreach (var generator in order)
                {
                    var before = meter.Take();
                    var outcome = await generator.RunAsync(options.WindowDuration, cancellationToken);
                    var window = new WindowResult(generator.TargetName, round, outcome, meter.Since(before));
                    results.Add(window);
                    output.WriteLine(ResultTable.WindowLine(window));
                }
            }

            return results;
        }
        finally
        {
            foreach (var generator in generators)
            {
                generator.Dispose();
            }
        }
    }
}
