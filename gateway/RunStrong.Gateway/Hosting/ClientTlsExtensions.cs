using Orleans.Connections.Security;
using RunStrong.ClusterSecurity;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// Mutual TLS on the gateway's Orleans client connections to the silos' gateway ports: the client presents
/// the cluster certificate and accepts only a silo whose certificate <see cref="ClusterTrust"/> accepts.
/// </summary>
public static class ClientTlsExtensions
{
    public static IClientBuilder UseClusterTls(this IClientBuilder client, ClusterTls tls) =>
        client.UseTls(tls.Certificate, options =>
        {
            options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            options.RemoteCertificateValidation = (certificate, _, _) => tls.Trust.IsTrusted(certificate);
            options.CheckCertificateRevocation = false;
        });
}
