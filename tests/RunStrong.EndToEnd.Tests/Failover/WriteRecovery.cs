using System.Globalization;
using System.Text;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>
/// How writes fared around a silo kill, from the times (test seconds) at which writes were acknowledged:
/// the longest stretch after the kill with no acknowledged write at all, and how long until the rate of
/// acknowledged writes was back to <see cref="RecoveredShare"/> of the rate before the kill and stayed there.
/// </summary>
internal sealed record WriteRecovery(
    double BaselinePerSecond,
    double LongestSilence,
    double SilenceStartAfterKill,
    double BackToRate,
    bool RateRecovered,
    string PerSecond)
{
    public const double RecoveredShare = 0.9;

    /// <summary>The rate counts as back once every 1 s window in this span after that moment reaches the share.</summary>
    private const double SustainedFor = 3;

    /// <summary>The first seconds of load warm connections and activations up; the baseline leaves them out.</summary>
    private const double Warmup = 2;

    public static WriteRecovery Of(IReadOnlyList<double> acknowledged, double loadStart, double kill, double loadEnd)
    {
        var times = acknowledged.Order().ToArray();
        var baselineFrom = loadStart + Warmup;
        var baseline = times.Count(t => t >= baselineFrom && t < kill) / (kill - baselineFrom);

        // Longest stretch in [kill, loadEnd] without an acknowledged write.
        var (silence, silenceStart, previous) = (0.0, kill, kill);
        foreach (var t in times.Where(t => t >= kill && t <= loadEnd).Append(loadEnd))
        {
            if (t - previous > silence)
            {
                (silence, silenceStart) = (t - previous, previous);
            }

            previous = t;
        }

        // The first moment from which every 1 s window of the next SustainedFor seconds runs at the share or better.
        double Rate(double from) => CountIn(times, from, from + 1);
        var threshold = RecoveredShare * baseline;
        var backAt = double.NaN;
        for (var t = kill; t + 1 + SustainedFor <= loadEnd + 1e-9; t += 0.1)
        {
            var from = t;
            if (Enumerable.Range(0, (int)(SustainedFor * 10) + 1).All(step => Rate(from + (step / 10.0)) >= threshold))
            {
                backAt = t;
                break;
            }
        }

        var recovered = !double.IsNaN(backAt);
        return new WriteRecovery(baseline, silence, silenceStart - kill, recovered ? backAt - kill : loadEnd - kill, recovered, PerSecondTable(times, loadStart, kill, loadEnd));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"before the kill {BaselinePerSecond:F0} acknowledged writes/s; longest stretch without one after the kill {LongestSilence:F2} s " +
        $"(from {SilenceStartAfterKill:F2} s after the kill); back to >= {RecoveredShare:P0} of that rate {(RateRecovered ? "" : "NOT (within the load) ")}" +
        $"{BackToRate:F1} s after the kill{Environment.NewLine}acknowledged writes per second of load:{Environment.NewLine}{PerSecond}");

    private static int CountIn(double[] sorted, double from, double to)
    {
        var first = LowerBound(sorted, from);
        var last = LowerBound(sorted, to);
        return last - first;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] >= value)
        {
            index--;
        }

        return index;
    }

    private static string PerSecondTable(double[] times, double loadStart, double kill, double loadEnd)
    {
        var table = new StringBuilder();
        for (var second = 0; loadStart + second < loadEnd; second++)
        {
            var from = loadStart + second;
            var marker = kill >= from && kill < from + 1 ? "  <- kill" : "";
            table.Append(CultureInfo.InvariantCulture, $"  {second,3} s {CountIn(times, from, Math.Min(from + 1, loadEnd)),5}{marker}{Environment.NewLine}");
        }

        return table.ToString();
    }
}
