using Spectre.Console.Testing;

namespace RunStrong.Cli.Tests;

/// <summary>What one `runstrong …` invocation did: its exit code and everything it printed.</summary>
public sealed record CliRun(int ExitCode, string Output)
{
    /// <summary>
    /// Runs the real command tree in this process on a test console (non-interactive unless asked, as when
    /// output is redirected), with <paramref name="environment"/> as the only environment variables.
    /// </summary>
    public static async Task<CliRun> StartAsync(
        string[] args, IReadOnlyDictionary<string, string>? environment = null, bool interactive = false)
    {
        using var console = new TestConsole().Width(200);
        if (interactive)
        {
            console.Interactive().EmitAnsiSequences();
        }

        var variables = environment ?? new Dictionary<string, string>();
        var app = RunStrongApp.Create(console, new CliEnvironment(name => variables.GetValueOrDefault(name)));
        var exitCode = await app.RunAsync(args, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, console.Output);
    }
}
