using Orleans.Connections.Security;
using RunStrong.ClusterSecurity;

namespace RunStrong.Silo.Hosting;

/// <summary>
/// Mutual TLS on every Orleans connection of a silo: silo-to-silo both ways and clients (the gateway) to the
/// silo's gateway port. The remote end must present a certificate that <see cref="ClusterTrust"/> accepts;
/// without one the handshake fails before any Orleans message (and any RequestContext) is read.
/// </summary>
public static class SiloTlsExtensions
{
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTls tls) =>
        silo.UseTls(options =>
        {
            options.LocalCertificate = tls.Certificate;
            // Outgoing (to other silos) and incoming (from silos and clients): a certificate is required.
            options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            options.RemoteCertificateValidation = (certificate, _, _) => tls.Trust.IsTrusted(certificate);
            options.CheckCertificateRevocation = false;
        });
}
