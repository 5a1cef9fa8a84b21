using System.Diagnostics;
using RunStrong.LocalStorage;

namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>
/// Redocly's CLI, pinned in Lint/ (package.json + package-lock.json) and installed with <c>npm ci</c> by the first
/// test that needs it. It runs offline: no usage data, no update check (the platform may have no internet).
/// </summary>
internal sealed class RedoclyCli
{
    private static readonly Lazy<NpmPackageFolder> Packages = new(() => NpmPackageFolder.Locate(
        "tests/RunStrong.Gateway.Tests/OpenApi/Lint", Path.Combine("node_modules", "@redocly", "cli", "package.json")));

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>Runs <c>redocly</c> with <paramref name="arguments"/> in the package folder; never throws for a non-zero exit.</summary>
    public static async Task<Result> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var packages = Packages.Value;
        await packages.EnsureInstalledAsync(cancellationToken: cancellationToken);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = packages.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(packages.Folder, "node_modules", "@redocly", "cli", "bin", "cli.js"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node: is Node.js installed?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Result(process.ExitCode, await output, await errors);
    }
}
