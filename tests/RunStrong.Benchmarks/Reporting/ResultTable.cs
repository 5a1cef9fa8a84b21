using System.Globalization;
using RunStrong.Benchmarks.Load;
using RunStrong.Benchmarks.Scenarios;

namespace RunStrong.Benchmarks.Reporting;

/// <summary>Prints windows as they finish and a summary per target, with the subject/baseline ratio per round.</summary>
public static class ResultTable
{
    public static string WindowLine(WindowResult window) =>
        Invariant($"round {window.Round}  {window.Target,-8} {window.Outcome.RequestsPerSecond,9:0} req/s  p50 {window.Outcome.P50Ms,6:0.00} ms  p95 {window.Outcome.P95Ms,6:0.00} ms  ") +
        Invariant($"p99 {window.Outcome.P99Ms,6:0.00} ms  errors {window.Outcome.Errors}  cores: {window.Cpu}{ErrorNote(window.Outcome)}");

    public static string ErrorNote(LoadOutcome outcome) =>
        outcome.FirstError is null ? "" : $"  (first error: {Truncate(outcome.FirstError, 200)})";

    public static void WriteSummary(TextWriter output, ScenarioPlan plan, IReadOnlyList<WindowResult> windows)
    {
        output.WriteLine();
        output.WriteLine("target      req/s median  (min-max)            p50 ms  p99 ms  errors  CPU us/request by process");
        foreach (var target in plan.Targets)
        {
            var mine = windows.Where(w => w.Target == target.Name).ToArray();
            var rates = mine.Select(w => w.Outcome.RequestsPerSecond).ToArray();
            output.WriteLine(
                Invariant($"{target.Name,-10} {Median(rates),12:0}  ({rates.Min(),7:0} - {rates.Max(),7:0})   ") +
                Invariant($"{Median(mine.Select(w => w.Outcome.P50Ms)),7:0.00} {Median(mine.Select(w => w.Outcome.P99Ms)),7:0.00}  ") +
                Invariant($"{mine.Sum(w => w.Outcome.Errors),6}  {CpuPerRequest(mine)}"));
        }

        if (plan.Baseline is null)
        {
            return;
        }

        var ratios = windows.GroupBy(w => w.Round)
            .Select(round => Rate(round, plan.Subject.Name) / Rate(round, plan.Baseline.Name))
            .ToArray();
        output.WriteLine(Invariant(
            $"ratio {plan.Subject.Name}/{plan.Baseline.Name}: median {Median(ratios):0.000}  (rounds: {string.Join(", ", ratios.Select(r => r.ToString("0.000", CultureInfo.InvariantCulture)))})"));
    }

    private static double Rate(IEnumerable<WindowResult> round, string target) =>
        round.Single(w => w.Target == target).Outcome.RequestsPerSecond;

    /// <summary>CPU microseconds each process spent per successful request, summed over the target's windows.</summary>
    private static string CpuPerRequest(WindowResult[] windows)
    {
        var requests = windows.Sum(w => w.Outcome.Succeeded);
        var names = windows[0].Cpu.CoresByProcess.Select(p => p.Key);
        return string.Join(" ", names.Select(name =>
        {
            var cpuSeconds = windows.Sum(w => w.Cpu.CoresByProcess.Single(p => p.Key == name).Value * w.Outcome.Elapsed.TotalSeconds);
            return Invariant($"{name} {cpuSeconds * 1e6 / Math.Max(1, requests):0}");
        }));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "...";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
