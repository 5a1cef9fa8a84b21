using System.Globalization;
using RunStrong.ClusterSecurity;

namespace RunStrong.Testing.Processes;

/// <summary>Environment variables every silo and gateway process of a local platform shares.</summary>
public static class HostEnvironment
{
    /// <summary>
    /// Production, the given storage, secrets and cluster certificate, warnings only, and no telemetry export.
    /// Without a certificate, cluster TLS is turned off, which only the Testing environment allows (the
    /// benchmark's comparison): then the hosts run in Testing instead.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> Common(string storage, PlatformSecrets secrets, ClusterCertificateFiles? certificate) =>
    [
        .. Named(certificate is null ? ClusterTls.TestingEnvironment : "Production"),
        .. ClusterTlsSettings(certificate),
        new("ConnectionStrings__storage", storage),
        new("RunStrong__AdminKey", secrets.AdminKey),
        new("RunStrong__SigningKey", secrets.SigningKey),
        new("Logging__LogLevel__Default", "Warning"),
        // No telemetry export unless a caller asks for it (its own variables come later and win).
        new("OTEL_EXPORTER_OTLP_ENDPOINT", ""),
    ];

    private static IEnumerable<KeyValuePair<string, string>> Named(string environment) =>
        [new("ASPNETCORE_ENVIRONMENT", environment), new("DOTNET_ENVIRONMENT", environment)];

    private static IEnumerable<KeyValuePair<string, string>> ClusterTlsSettings(ClusterCertificateFiles? certificate) =>
        certificate is null ? [new("RunStrong__ClusterTls__Enabled", "false")] : certificate.AsEnvironment();

    /// <summary><c>http://127.0.0.1:{port}</c>.</summary>
    public static string LoopbackUrl(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
}
