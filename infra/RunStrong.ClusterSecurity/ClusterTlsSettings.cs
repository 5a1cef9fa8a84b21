namespace RunStrong.ClusterSecurity;

/// <summary>
/// The <c>RunStrong:ClusterTls</c> section: the certificate this process presents inside the cluster and
/// what it trusts. Environment variables: <c>RunStrong__ClusterTls__CertificatePath</c> and so on.
/// </summary>
public sealed class ClusterTlsSettings
{
    public const string Section = "RunStrong:ClusterTls";

    /// <summary>
    /// False turns cluster TLS off (the gateway-silo hop becomes HTTP/2 cleartext, Orleans plain TCP). Only
    /// accepted in Development and Testing, for the benchmark that measures what TLS costs.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The certificate: PEM (<c>.pem</c>, <c>.crt</c>; key in <see cref="KeyPath"/> or in the same file) or PKCS#12 (<c>.pfx</c>, <c>.p12</c>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key, when it is not in <see cref="CertificatePath"/> (cert-manager's <c>tls.key</c>).</summary>
    public string? KeyPath { get; set; }

    /// <summary>Password of a PKCS#12 file, or of an encrypted PEM key.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Optional PEM file of CA certificates (cert-manager's <c>ca.crt</c>): any certificate that chains to one
    /// of them is trusted as a cluster member, so every pod can have its own certificate.
    /// </summary>
    public string? CaPath { get; set; }

    /// <summary>
    /// Further certificates trusted during a rotation (the overlap list): SHA-256 of the certificate
    /// (its SHA-256 thumbprint) or of its public key (SubjectPublicKeyInfo), hex; ':' and spaces ignored.
    /// </summary>
    public List<string> TrustedThumbprints { get; set; } = [];
}
