using System.Diagnostics;

namespace RunStrong.Benchmarks.Load;

/// <summary>Samples the CPU time of a fixed set of processes (by name) to turn a window into <see cref="CpuShares"/>.</summary>
public sealed class CpuMeter(IReadOnlyList<KeyValuePair<string, Func<TimeSpan>>> processes)
{
    public Snapshot Take() => new(Stopwatch.GetTimestamp(), processes.Select(p => p.Value()).ToArray());

    public CpuShares Since(Snapshot start)
    {
        var now = Take();
        var wall = Stopwatch.GetElapsedTime(start.Timestamp, now.Timestamp).TotalSeconds;
        return new CpuShares(processes
            .Select((p, i) => new KeyValuePair<string, double>(p.Key, (now.CpuTimes[i] - start.CpuTimes[i]).TotalSeconds / wall))
            .ToArray())
        {
            Wall = TimeSpan.FromSeconds(wall),
        };
    }

    public sealed record Snapshot(long Timestamp, TimeSpan[] CpuTimes);
}
