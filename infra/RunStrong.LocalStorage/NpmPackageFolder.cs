using System.Diagnostics;

namespace RunStrong.LocalStorage;

/// <summary>
/// A folder of the repository that pins npm packages (package.json + a committed package-lock.json): Azurite, the
/// reference tools tests run. On a fresh clone the first user installs them with <c>npm ci</c>; later users find
/// them installed. Concurrent first users (test assemblies run in parallel) serialise on a lock file, so npm runs
/// once. Needs Node.js and npm on PATH.
/// </summary>
public sealed class NpmPackageFolder
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(10);

    private readonly string installedMarker;

    private NpmPackageFolder(string folder, string installedMarker)
    {
        Folder = folder;
        this.installedMarker = installedMarker;
    }

    /// <summary>The folder on disk (in the repository, not a build output).</summary>
    public string Folder { get; }

    /// <summary>Whether <c>npm ci</c> has run: the file that marks the installed package exists.</summary>
    public bool IsInstalled => File.Exists(Path.Combine(Folder, installedMarker));

    /// <summary>
    /// Finds <paramref name="relativeFolder"/> (holding a package-lock.json) above <paramref name="start"/> (default: this
    /// program's folder). <paramref name="installedMarker"/> is a path under it that exists once installed.
    /// </summary>
    public static NpmPackageFolder Locate(string relativeFolder, string installedMarker, string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativeFolder);
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return new NpmPackageFolder(candidate, installedMarker);
            }
        }

        throw new DirectoryNotFoundException($"Could not find {relativeFolder}/package-lock.json above '{start ?? AppContext.BaseDirectory}'.");
    }

    /// <summary>Runs <c>npm ci</c> unless the packages are installed already.</summary>
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

        report?.Invoke($"Installing npm packages with npm ci in {Folder} (first run only)...");
        await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], cancellationToken);
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"npm ci in {Folder} finished without installing {installedMarker}.");
        }

        report?.Invoke("Installed.");
    }

    /// <summary>Runs <paramref name="program"/> in the folder and returns what it printed; throws when it fails.</summary>
    public async Task<string> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
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
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed in {Folder} (exit {process.ExitCode}): {await errors}{await output}");
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
