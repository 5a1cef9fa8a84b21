namespace RunStrong.LocalStorage;

/// <summary>The Azurite package pinned in infra/azurite (package.json + package-lock.json), installed on first use.</summary>
public sealed class AzuriteInstallation
{
    private const string PackageFolder = "infra/azurite";

    private readonly NpmPackageFolder packages;

    private AzuriteInstallation(NpmPackageFolder packages) => this.packages = packages;

    /// <summary>infra/azurite in this repository.</summary>
    public string Folder => packages.Folder;

    public string Executable => Path.Combine(Folder, "node_modules", ".bin", "azurite");

    public bool IsInstalled => packages.IsInstalled;

    /// <summary>Finds infra/azurite above <paramref name="start"/> (default: this program's folder).</summary>
    public static AzuriteInstallation Locate(string? start = null) =>
        new(NpmPackageFolder.Locate(PackageFolder, Path.Combine("node_modules", ".bin", "azurite"), start));

    /// <summary>Runs <c>npm ci</c> unless Azurite is already installed. Needs Node.js and npm on PATH.</summary>
    public Task EnsureInstalledAsync(Action<string>? report = null, CancellationToken cancellationToken = default) =>
        packages.EnsureInstalledAsync(report, cancellationToken);
}
