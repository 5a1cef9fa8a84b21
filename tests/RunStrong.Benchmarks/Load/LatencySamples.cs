using System.Diagnostics;

namespace RunStrong.Benchmarks.Load;

/// <summary>Latencies of completed requests in <see cref="Stopwatch"/> ticks; one instance per worker, merged at the end.</summary>
public sealed class LatencySamples
{
    private long[] ticks = new long[4096];

    public int Count { get; private set; }

    public void Add(long elapsedTicks)
    {
        if (Count == ticks.Length)
        {
            Array.Resize(ref ticks, ticks.Length * 2);
        }

        ticks[Count++] = elapsedTicks;
    }

    /// <summary>Nearest-rank percentiles over all workers' samples, in milliseconds (p in 0..100).</summary>
    public static IReadOnlyList<double> Percentiles(IReadOnlyCollection<LatencySamples> workers, params double[] ranks)
    {
        var all = new long[workers.Sum(w => w.Count)];
        var offset = 0;
        foreach (var worker in workers)
        {
            Array.Copy(worker.ticks, 0, all, offset, worker.Count);
            offset += worker.Count;
        }

        if (all.Length == 0)
        {
            return ranks.Select(_ => double.NaN).ToArray();
        }

        Array.Sort(all);
        return ranks
            .Select(p => all[Math.Clamp((int)Math.Ceiling(p / 100 * all.Length) - 1, 0, all.Length - 1)] * 1000.0 / Stopwatch.Frequency)
            .ToArray();
    }
}
