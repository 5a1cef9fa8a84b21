using System.Collections.Concurrent;
using System.Diagnostics;

namespace RunStrong.EndToEnd.Tests.Failover;

/// <summary>
/// One clock for a failover test: its own steps, the cluster's events and the processes' output go to the
/// test output stamped with seconds since the test began, so a failed request lines up with the SIGTERM
/// or SIGKILL before it and with what the silos and the gateway logged.
/// </summary>
internal sealed class Timeline
{
    /// <summary>Lines shown per process; a gateway logging every proxied error would bury the rest.</summary>
    private const int ProcessLinesShown = 150;

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
    private readonly ConcurrentDictionary<string, int> processLines = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(double At, string What)> events = new();

    /// <summary>Seconds since the test began.</summary>
    public double Now => clock.Elapsed.TotalSeconds;

    public void Write(string message)
    {
        try
        {
            output?.WriteLine($"[{Now,7:F2} s] {message}");
        }
        catch (InvalidOperationException)
        {
            // A process wrote after the test ended; nobody is listening any more.
        }
    }

    /// <summary>Writes and remembers a cluster event (started, ready, SIGTERM, exited), for failure reports.</summary>
    public void Event(string what)
    {
        events.Enqueue((Now, what));
        Write(what);
    }

    public IReadOnlyList<(double At, string What)> Events => [.. events];

    /// <summary>Seconds from <paramref name="since"/> (test time) until <paramref name="wait"/> completes; null when it timed out.</summary>
    public async Task<double?> SecondsUntilAsync(Func<Task> wait, double since)
    {
        try
        {
            await wait();
            return Now - since;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public void ProcessLine(string process, string line)
    {
        var count = processLines.AddOrUpdate(process, 1, (_, n) => n + 1);
        if (count <= ProcessLinesShown)
        {
            Write($"{process}| {line}");
        }
        else if (count == ProcessLinesShown + 1)
        {
            Write($"{process}| (further output not shown)");
        }
    }
}
