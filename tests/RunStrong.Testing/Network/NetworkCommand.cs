using System.Diagnostics;

namespace RunStrong.Testing.Network;

/// <summary>
/// Runs iproute2's <c>ip</c> and <c>tc</c> for the test networks: synchronously (each call takes
/// milliseconds), and a non-zero exit is an exception carrying what the tool wrote, so a setup step that
/// fails says which command and why.
/// </summary>
internal static class NetworkCommand
{
    public static string Ip(params string[] arguments) => Run("ip", arguments);

    public static string Tc(params string[] arguments) => Run("tc", arguments);

    /// <summary>Runs the command and returns false instead of throwing: for cleanup, where a part may already be gone.</summary>
    public static bool TryIp(params string[] arguments) => TryRun("ip", arguments, out _);

    public static bool TryRun(string tool, string[] arguments, out string output)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            output = process.ExitCode == 0 ? stdout.Result : $"{stderr.Trim()} {stdout.Result.Trim()}".Trim();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = $"{tool} is not installed: {e.Message}";
            return false;
        }
    }

    private static string Run(string tool, string[] arguments) =>
        TryRun(tool, arguments, out var output)
            ? output
            : throw new InvalidOperationException($"`{tool} {string.Join(' ', arguments)}` failed: {output}");
}
