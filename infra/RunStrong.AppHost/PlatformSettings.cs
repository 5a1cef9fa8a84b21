using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using RunStrong.ServiceDefaults;

namespace RunStrong.AppHost;

/// <summary>
/// The AppHost's "RunStrong" section (appsettings.json, the secrets only in appsettings.Development.json;
/// override with RunStrong__* variables or args).
/// </summary>
internal sealed class PlatformSettings
{
    public const string Section = "RunStrong";

    /// <summary>
    /// The settings, with the admin key and signing secret checked by the same rules the silos and the gateway
    /// apply (<see cref="PlatformSecrets"/>): the AppHost hands them to every host, so it refuses to start
    /// outside Development with missing or published development secrets rather than start hosts that refuse.
    /// </summary>
    public static PlatformSettings Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(Section).Get<PlatformSettings>() ?? new PlatformSettings();
        PlatformSecrets.Validate(settings.AdminKey, settings.SigningKey, environment);
        return settings;
    }

    /// <summary>Gateway port; 0 lets Aspire pick one (tests, or a machine where 5080 is taken).</summary>
    public int GatewayPort { get; set; } = 5080;

    public int SiloCount { get; set; } = 2;

    public string AdminKey { get; set; } = "";

    public string SigningKey { get; set; } = "";

    /// <summary>Where Azurite keeps its data; default .data/azurite in the repository (survives restarts).</summary>
    public string? AzuriteData { get; set; }

    /// <summary>
    /// An existing Azure Storage account (or an Azurite started elsewhere) to use instead of starting Azurite:
    /// real Azure Storage from a laptop, or tests that restart the platform while storage stays up.
    /// </summary>
    public string? StorageConnectionString { get; set; }

    /// <summary>
    /// The cluster certificate (PEM) and its key for silos and gateway; unset means the local one the AppHost
    /// creates on first run and keeps in .data/cluster-tls (tests pass their own).
    /// </summary>
    public string? ClusterCertificatePath { get; set; }

    public string? ClusterKeyPath { get; set; }

    /// <summary>Orleans cluster id; tests give each run its own.</summary>
    public string ClusterId { get; set; } = "runstrong-local";
}
