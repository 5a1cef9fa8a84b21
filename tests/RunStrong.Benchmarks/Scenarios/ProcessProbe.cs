using System.Diagnostics;
using System.Globalization;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>Reads what a scenario needs about the processes the harness started from Linux's /proc.</summary>
internal static class ProcessProbe
{
    /// <summary>A field of /proc/&lt;pid&gt;/status in kB (VmRSS, VmHWM), or null when unreadable.</summary>
    public static long? StatusKilobytes(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                {
                    var value = line[(field.Length + 1)..].Trim();
                    var space = value.IndexOf(' ', StringComparison.Ordinal);
                    return long.Parse(space < 0 ? value : value[..space], NumberStyles.None, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    /// <summary>
    /// Resets the process's VmHWM to its current VmRSS (writes 5 to /proc/&lt;pid&gt;/clear_refs, allowed for our own
    /// children), so the next VmHWM read is the peak of one phase; false when the kernel refused.
    /// </summary>
    public static bool ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>One variable of a process's environment as it was started (the harness started it, so it may read it).</summary>
    public static string? EnvironmentVariable(int pid, string name)
    {
        var prefix = name + "=";
        var all = File.ReadAllText($"/proc/{pid}/environ");
        return all.Split('\0').FirstOrDefault(v => v.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }

    /// <summary>CPU time a process has used so far (user + kernel), or zero when it was not found.</summary>
    public static TimeSpan CpuTime(Process? process)
    {
        if (process is null)
        {
            return TimeSpan.Zero;
        }

        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>The Azurite process among this harness's descendants (its command line names azurite), if found.</summary>
    public static Process? FindAzurite()
    {
        var self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self)
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (commandLine.Contains("azurite", StringComparison.OrdinalIgnoreCase) && DescendsFrom(pid, self))
                {
                    return Process.GetProcessById(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Gone, or not ours.
            }
        }

        return null;
    }

    private static bool DescendsFrom(int pid, int ancestor)
    {
        for (var depth = 0; depth < 8 && pid > 1; depth++)
        {
            pid = ParentOf(pid);
            if (pid == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int ParentOf(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so parse after the last ')'.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
