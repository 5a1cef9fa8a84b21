namespace RunStrong.ClusterSecurity;

/// <summary>Where a PEM certificate and its key were written, to hand to a host as configuration.</summary>
public sealed record ClusterCertificateFiles(string CertificatePath, string KeyPath)
{
    /// <summary>The settings a silo or gateway reads them from, as environment variables.</summary>
    public IEnumerable<KeyValuePair<string, string>> AsEnvironment() =>
    [
        new("RunStrong__ClusterTls__CertificatePath", CertificatePath),
        new("RunStrong__ClusterTls__KeyPath", KeyPath),
    ];

    /// <summary>The same settings as configuration keys.</summary>
    public IEnumerable<KeyValuePair<string, string>> AsConfiguration() =>
    [
        new($"{ClusterTlsSettings.Section}:CertificatePath", CertificatePath),
        new($"{ClusterTlsSettings.Section}:KeyPath", KeyPath),
    ];
}
