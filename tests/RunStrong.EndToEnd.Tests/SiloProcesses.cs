using System.Diagnostics;

namespace RunStrong.EndToEnd.Tests;

/// <summary>Finds this platform's silo processes (by command line and cluster id) to kill them as a crash would.</summary>
internal static class SiloProcesses
{
    public static IReadOnlyList<int> Of(string clusterId) =>
        Directory.EnumerateDirectories("/proc")
            .Select(dir => int.TryParse(Path.GetFileName(dir), out var pid) ? pid : -1)
            .Where(pid => pid > 0)
            .Where(pid => Read($"/proc/{pid}/cmdline").Contains("RunStrong.Silo", StringComparison.Ordinal)
                && Read($"/proc/{pid}/environ").Contains($"Orleans__ClusterId={clusterId}", StringComparison.Ordinal)
                && !Read($"/proc/{pid}/cmdline").Contains("dotnet\0run", StringComparison.Ordinal))
            .ToList();

    /// <summary>SIGKILL: no shutdown, no membership update, grains lost mid-call.</summary>
    public static void Kill(int pid)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
