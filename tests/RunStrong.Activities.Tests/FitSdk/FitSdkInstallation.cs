using System.Diagnostics;

namespace RunStrong.Activities.Tests.FitSdk;

/// <summary>
/// Garmin's JavaScript FIT SDK, pinned in this folder (package.json + package-lock.json) and installed with
/// <c>npm ci</c> by the first test that needs it; concurrent first users serialise on a lock file, so npm runs once.
/// Needs Node.js and npm on PATH.
/// </summary>
internal sealed class FitSdkInstallation
{
    private const string PackageFolder = "tests/RunStrong.Activities.Tests/FitSdk";
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);
    private static readonly Lazy<FitSdkInstallation> Located = new(Locate);

    private FitSdkInstallation(string folder) => Folder = folder;

    public static FitSdkInstallation Instance => Located.Value;

    /// <summary>This folder in the repository (not the build output): where the scripts and node_modules live.</summary>
    public string Folder { get; }

    private bool IsInstalled => File.Exists(Path.Combine(Folder, "node_modules", "@garmin", "fitsdk", "package.json"));

    /// <summary>Runs a script of this folder with node and returns what it printed; throws when it fails.</summary>
    public async Task<string> RunAsync(string script, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        return await RunProcessAsync("node", [script, .. arguments], cancellationToken);
    }

    private static FitSdkInstallation Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, PackageFolder);
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return new FitSdkInstallation(candidate);
            }
        }

        throw new DirectoryNotFoundException($"Could not find {PackageFolder}/package-lock.json above '{AppContext.BaseDirectory}'.");
    }

    private async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (IsInstalled)
        {
            return;
        }

        await using var installLock = await AcquireInstallLockAsync(cancellationToken);
        if (!IsInstalled)
        {
            await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], cancellationToken);
        }
    }

    private async Task<string> RunProcessAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}: is Node.js installed?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProcessTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed in {Folder} (exit {process.ExitCode}): {await errors}");
        }

        return await output;
    }

    private async Task<FileStream> AcquireInstallLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, ".install.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }
}
