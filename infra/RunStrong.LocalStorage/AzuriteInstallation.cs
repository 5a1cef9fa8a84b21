using System.Diagnostics;

namespace RunStrong.LocalStorage;

/// <summary>
/// The Azurite package pinned in infra/azurite (package.json + package-lock.json). On a fresh clone the
/// first user installs it with <c>npm ci</c>; later users find it installed. Concurrent first users (test
/// assemblies run in parallel) serialise on a lock file, so npm runs once.
/// </summary>
public sealed class AzuriteInstallation
{
    private const string PackageFolder = "infra/azurite";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    private AzuriteInstallation(string folder) => Folder = folder;

    /// <summary>infra/azurite in this repository.</summary>
    public string Folder { get; }

    public string Executable => Path.Combine(Folder, "node_modules", ".bin", "azurite");

    public bool IsInstalled => File.Exists(Executable);

    /// <summary>Finds infra/azurite above <paramref name="start"/> (default: this program's folder).</summary>
    public static AzuriteInstallation Locate(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, PackageFolder);
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return new AzuriteInstallation(candidate);
            }
        }

        throw new DirectoryNotFoundException($"Could not find {PackageFolder}/package-lock.json above '{start ?? AppContext.BaseDirectory}'.");
    }

    /// <summary>Runs <c>npm ci</c> unless Azurite is already installed. Needs Node.js and npm on PATH.</summary>
    public async Task EnsureInstalledAsync(Action<string>? report = null, CancellationToken cancellationToken = default)
    {
        if (IsInstalled)
        {
            return;
        }

        await using var installLock = await AcquireInstallLockAsync(cancellationToken);
        if (IsInstalled)
        {
            return;
        }

        report?.Invoke($"Installing Azurite with npm ci in {Folder} (first run only)...");
        var npm = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("Could not start npm: is Node.js installed?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 || !IsInstalled)
        {
            throw new InvalidOperationException($"npm ci failed in {Folder} (exit {process.ExitCode}): {await errors}{await output}");
        }

        report?.Invoke("Azurite installed.");
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
