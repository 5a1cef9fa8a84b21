using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RunStrong.ClusterSecurity;

/// <summary>
/// The one rule that decides whether the other end of a connection inside the cluster is a cluster member:
/// its certificate is the cluster certificate itself (pinned by public key, so a re-issued certificate with
/// the same key still matches), or one on the overlap list (rotation), or, when a CA is configured, one that
/// chains to that CA (per-pod certificates). Host names are not checked: silos are reached by pod IP and
/// the question is "member of this cluster?", not "which host?". Expired or not-yet-valid certificates are
/// refused in every case. Used for both directions of Orleans TLS and of the gateway's HTTPS hop.
/// </summary>
public sealed class ClusterTrust
{
    private readonly HashSet<string> pins;
    private readonly X509Certificate2Collection authorities;
    private readonly TimeProvider clock;

    public ClusterTrust(X509Certificate2 clusterCertificate, IEnumerable<string> trustedThumbprints, X509Certificate2Collection authorities, TimeProvider? clock = null)
    {
        pins = new HashSet<string>(StringComparer.Ordinal) { PublicKeyPin(clusterCertificate) };
        foreach (var thumbprint in trustedThumbprints)
        {
            var normalized = Normalize(thumbprint);
            if (normalized.Length != 64 || !normalized.All(Uri.IsHexDigit))
            {
                throw new InvalidOperationException(
                    $"'{thumbprint}' in {ClusterTlsSettings.Section}:TrustedThumbprints is not a SHA-256 hash (64 hex digits) of a certificate or of its public key.");
            }

            pins.Add(normalized);
        }

        this.authorities = authorities;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>True when <paramref name="certificate"/> belongs to a cluster member (see the class summary).</summary>
    public bool IsTrusted(X509Certificate? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        var candidate = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        var now = clock.GetUtcNow();
        if (now < candidate.NotBefore.ToUniversalTime() || now > candidate.NotAfter.ToUniversalTime())
        {
            return false;
        }

        if (pins.Contains(PublicKeyPin(candidate)) || pins.Contains(CertificatePin(candidate)))
        {
            return true;
        }

        return authorities.Count > 0 && ChainsToAuthority(candidate, now);
    }

    /// <summary>For <see cref="SslStream"/> and <see cref="SocketsHttpHandler"/>: the chain's own verdict is ignored, this rule decides.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => IsTrusted(certificate);

    /// <summary>SHA-256 of the certificate's SubjectPublicKeyInfo, hex: stays the same when a certificate is re-issued for the same key.</summary>
    public static string PublicKeyPin(X509Certificate2 certificate) =>
        Convert.ToHexString(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));

    /// <summary>SHA-256 thumbprint of the whole certificate, hex (as <c>openssl x509 -fingerprint -sha256</c> prints it, without colons).</summary>
    public static string CertificatePin(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    private bool ChainsToAuthority(X509Certificate2 candidate, DateTimeOffset now)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // Short-lived per-pod certificates (cert-manager) are rotated rather than revoked, and the cluster
        // has no route to a CRL or OCSP responder: revocation is not checked.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        return chain.Build(candidate);
    }

    private static string Normalize(string thumbprint) =>
        new string([.. thumbprint.Where(c => c is not (':' or ' ' or '-'))]).ToUpperInvariant();
}
