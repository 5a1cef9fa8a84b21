using System.Collections.Concurrent;
using System.Diagnostics;

namespace RunStrong.Testing.Processes;

/// <summary>
/// One .NET host run as <c>dotnet &lt;dll&gt;</c> with an explicit environment. Keeps the last lines of its
/// output for error reports and kills it (with any children) on dispose: a test or benchmark host holds no
/// state worth a graceful shutdown, and a kill cannot hang. <see cref="Terminate"/> asks for the graceful
/// shutdown an orchestrator would (SIGTERM); <see cref="Kill"/> is a crash (SIGKILL).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int KeptLines = 40;
    private readonly ConcurrentQueue<string> lastLines = new();
    private readonly Process process;
    private readonly Action<string>? onLine;

    private HostProcess(string name, Process process, Action<string>? onLine)
    {
        Name = name;
        this.process = process;
        this.onLine = onLine;
    }

    public string Name { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The exit code once the process has exited (137 after a SIGKILL, as a shell reports it: 128 + 9).</summary>
    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <summary>CPU time the process has used so far (user + kernel, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <param name="onLine">Called with every line the process writes (stdout and stderr), e.g. to forward it to a test's output.</param>
    /// <param name="launcher">
    /// A command that runs <c>dotnet &lt;dll&gt;</c> for it, e.g. <c>ip netns exec &lt;namespace&gt;</c>; it must exec the
    /// command (not fork), so that <see cref="Id"/>, signals and <see cref="Kill"/> reach the host itself.
    /// </param>
    public static HostProcess Start(
        string name, string dll, IEnumerable<KeyValuePair<string, string>> environment, Action<string>? onLine = null, IReadOnlyList<string>? launcher = null)
    {
        var start = new ProcessStartInfo(launcher is [var command, ..] ? command : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launcher is { Count: > 0 } ? [.. launcher.Skip(1), "dotnet"] : Array.Empty<string>())
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        var host = new HostProcess(name, process, onLine);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string OutputTail() => string.Join(Environment.NewLine, lastLines);

    /// <summary>SIGKILL, as a crash or the OOM killer would: no shutdown code runs, sockets are reset.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }
    }

    /// <summary>SIGTERM, as Kubernetes or systemd stop a process: the host runs its graceful shutdown.</summary>
    public void Terminate()
    {
        if (!process.HasExited)
        {
            PosixSignals.Terminate(process.Id);
        }
    }

    /// <summary>Waits until the process exits; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

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

        onLine?.Invoke(line);
        lastLines.Enqueue(line);
        while (lastLines.Count > KeptLines)
        {
            lastLines.TryDequeue(out _);
        }
    }
}
