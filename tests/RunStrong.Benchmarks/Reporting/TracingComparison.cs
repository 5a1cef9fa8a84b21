using System.Globalization;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Scenarios;

namespace RunStrong.Benchmarks.Reporting;

/// <summary>
/// <c>--tracing both</c>: per target, the median rate with tracing on against tracing off (each platform measured
/// in its own alternating rounds), and the CPU each process spent per request on each.
/// </summary>
public sealed class TracingComparison
{
    private readonly Dictionary<(bool ClusterTls, bool Tracing), (ScenarioPlan Plan, IReadOnlyList<WindowResult> Windows)> runs = [];

    public static string Label(bool? tracing) => tracing switch
    {
        true => ", tracing on (OTLP export)",
        false => ", tracing off",
        null => "",
    };

    public void Add(bool clusterTls, bool? tracing, ScenarioPlan plan, IReadOnlyList<WindowResult> windows)
    {
        if (tracing is { } on)
        {
            runs[(clusterTls, on)] = (plan, windows);
        }
    }

    public void WriteSummary(TextWriter output)
    {
        foreach (var clusterTls in runs.Keys.Select(k => k.ClusterTls).Distinct())
        {
            if (!runs.TryGetValue((clusterTls, true), out var on) || !runs.TryGetValue((clusterTls, false), out var off))
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"tracing on/off (cluster TLS {(clusterTls ? "on" : "off")}):");
            foreach (var target in on.Plan.Targets.Select(t => t.Name))
            {
                var (onRate, onCpu) = Summarize(on.Windows, target);
                var (offRate, offCpu) = Summarize(off.Windows, target);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {target,-8} on {onRate,7:0} req/s  off {offRate,7:0} req/s  ratio on/off {onRate / offRate:0.000}   CPU us/request on: {onCpu}  off: {offCpu}"));
            }
        }
    }

    private static (double MedianRate, string CpuPerRequest) Summarize(IReadOnlyList<WindowResult> windows, string target)
    {
        var mine = windows.Where(w => w.Target == target).ToArray();
        var rates = mine.Select(w => w.Outcome.RequestsPerSecond).Order().ToArray();
        var median = rates.Length % 2 == 1 ? rates[rates.Length / 2] : (rates[rates.Length / 2 - 1] + rates[rates.Length / 2]) / 2;
        var requests = Math.Max(1, mine.Sum(w => w.Outcome.Succeeded));
        var cpu = string.Join(" ", mine[0].Cpu.CoresByProcess.Select(p => p.Key).Select(name =>
        {
            var seconds = mine.Sum(w => w.Cpu.CoresByProcess.Single(p => p.Key == name).Value * w.Outcome.Elapsed.TotalSeconds);
            return string.Create(CultureInfo.InvariantCulture, $"{name} {seconds * 1e6 / requests:0}");
        }));
        return (median, cpu);
    }
}
