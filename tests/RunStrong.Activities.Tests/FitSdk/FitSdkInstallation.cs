using RunStrong.LocalStorage;

namespace RunStrong.Activities.Tests.FitSdk;

/// <summary>
/// Garmin's JavaScript FIT SDK, pinned in this folder (package.json + package-lock.json) and installed with
/// <c>npm ci</c> by the first test that needs it (<see cref="NpmPackageFolder"/>). Needs Node.js and npm on PATH.
/// </summary>
internal sealed class FitSdkInstallation
{
    private static readonly Lazy<FitSdkInstallation> Located = new(() => new FitSdkInstallation(
        NpmPackageFolder.Locate("tests/RunStrong.Activities.Tests/FitSdk", Path.Combine("node_modules", "@garmin", "fitsdk", "package.json"))));

    private readonly NpmPackageFolder packages;

    private FitSdkInstallation(NpmPackageFolder packages) => this.packages = packages;

    public static FitSdkInstallation Instance => Located.Value;

    /// <summary>This folder in the repository (not the build output): where the scripts and node_modules live.</summary>
    public string Folder => packages.Folder;

    /// <summary>Runs a script of this folder with node and returns what it printed; throws when it fails.</summary>
    public async Task<string> RunAsync(string script, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        await packages.EnsureInstalledAsync(cancellationToken: cancellationToken);
        return await packages.RunAsync("node", [script, .. arguments], cancellationToken);
    }
}
