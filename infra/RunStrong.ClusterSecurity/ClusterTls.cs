using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace RunStrong.ClusterSecurity;

/// <summary>
/// What a host needs for TLS inside the cluster: the certificate it presents and the rule it trusts others
/// by (<see cref="ClusterTrust"/>). Loaded once at start from <c>RunStrong:ClusterTls</c>.
/// </summary>
public sealed class ClusterTls(X509Certificate2 certificate, ClusterTrust trust)
{
    /// <summary>The environment the in-process and process-level tests run in.</summary>
    public const string TestingEnvironment = "Testing";

    public X509Certificate2 Certificate { get; } = certificate;

    public ClusterTrust Trust { get; } = trust;

    /// <summary>
    /// The host's cluster TLS, or null when <c>Enabled=false</c> (Development and Testing only). Every
    /// environment, Development included, refuses to start without a certificate: the AppHost, the tests
    /// and the benchmark harness create one; a host started by hand is pointed at the AppHost's (docs/SECURITY.md).
    /// </summary>
    public static ClusterTls? Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(ClusterTlsSettings.Section).Get<ClusterTlsSettings>() ?? new ClusterTlsSettings();
        if (!settings.Enabled)
        {
            if (environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment))
            {
                return null;
            }

            throw new InvalidOperationException(
                $"Configuration '{ClusterTlsSettings.Section}:Enabled' is false, which only Development and {TestingEnvironment} allow " +
                $"(environment '{environment.EnvironmentName}'): the cluster's connections must be mutually authenticated.");
        }

        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            throw new InvalidOperationException(
                $"Configuration '{ClusterTlsSettings.Section}:CertificatePath' must name the cluster certificate (PEM or PKCS#12, with its key) " +
                $"in environment '{environment.EnvironmentName}'. Set it with the environment variable 'RunStrong__ClusterTls__CertificatePath' " +
                "(and 'RunStrong__ClusterTls__KeyPath' for a separate PEM key). Locally the AppHost creates one in .data/cluster-tls; see docs/SECURITY.md.");
        }

        // Relative paths are relative to the content root (a project folder under `dotnet run`).
        string? Resolve(string? path) => string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, environment.ContentRootPath);
        var certificate = ClusterCertificate.Load(Resolve(settings.CertificatePath)!, Resolve(settings.KeyPath), settings.Password);
        var authorities = Resolve(settings.CaPath) is { } caPath ? ClusterCertificate.LoadAuthorities(caPath) : [];
        return new ClusterTls(certificate, new ClusterTrust(certificate, settings.TrustedThumbprints, authorities));
    }

    /// <summary>TLS options for an outgoing connection (HttpClient, SslStream) that presents this certificate and trusts by the rule.</summary>
    public SslClientAuthenticationOptions ClientOptions() => new()
    {
        ClientCertificates = [Certificate],
        // Always this certificate, whatever CA names the server asks for (a self-signed one matches none).
        LocalCertificateSelectionCallback = (_, _, _, _, _) => Certificate,
        RemoteCertificateValidationCallback = Trust.Validate,
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
    };

    /// <summary>Presents this certificate and trusts by the rule on an outgoing HTTP connection.</summary>
    public void Apply(SocketsHttpHandler handler)
    {
        var options = ClientOptions();
        handler.SslOptions.ClientCertificates = options.ClientCertificates;
        handler.SslOptions.LocalCertificateSelectionCallback = options.LocalCertificateSelectionCallback;
        handler.SslOptions.RemoteCertificateValidationCallback = options.RemoteCertificateValidationCallback;
        handler.SslOptions.CertificateRevocationCheckMode = options.CertificateRevocationCheckMode;
    }
}
