using System.Collections.Concurrent;
using System.Diagnostics;

namespace RunStrong.Benchmarks.Platform;

/// <summary>
/// One .NET host run as <c>dotnet &lt;dll&gt;</c> with an explicit environment. Keeps the last lines of its
/// output for error reports and kills it (with any children) on dispose: a benchmark host holds no state
/// worth a graceful shutdown, and a kill cannot hang.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int KeptLines = 40;
    private readonly ConcurrentQueue<string> lastLines = new();
    private readonly Process process;

    private HostProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>CPU time the process has used so far (user + kernel, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static HostProcess Start(string name, string dll, IEnumerable<KeyValuePair<string, string>> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        var host = new HostProcess(name, process);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string OutputTail() => string.Join(Environment.NewLine, lastLines);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lastLines.Enqueue(line);
        while (lastLines.Count > KeptLines)
        {
            lastLines.TryDequeue(out _);
        }
    }
}
