using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using RunStrong.ClusterSecurity;

namespace RunStrong.Gateway.Tests.ClusterTls;

/// <summary>The one trust rule: the cluster certificate, the overlap list, or a certificate of the configured CA.</summary>
public sealed class ClusterTrustTests
{
    [Fact]
    public void The_cluster_certificate_is_trusted_and_another_self_signed_one_is_not()
    {
        using var cluster = ClusterCertificate.CreateSelfSigned("cluster", TimeSpan.FromDays(1));
        using var foreign = ClusterCertificate.CreateSelfSigned("cluster", TimeSpan.FromDays(1));
        var trust = new ClusterTrust(cluster, [], []);

        Assert.True(trust.IsTrusted(cluster));
        Assert.False(trust.IsTrusted(foreign));
        Assert.False(trust.IsTrusted(null));
    }

    [Fact]
    public void A_certificate_on_the_overlap_list_is_trusted_by_certificate_or_public_key_hash()
    {
        using var cluster = ClusterCertificate.CreateSelfSigned("cluster", TimeSpan.FromDays(1));
        using var next = ClusterCertificate.CreateSelfSigned("cluster-next", TimeSpan.FromDays(1));
        using var previous = ClusterCertificate.CreateSelfSigned("cluster-previous", TimeSpan.FromDays(1));
        var colonSeparated = string.Join(':', ClusterTrust.CertificatePin(previous).Chunk(2).Select(pair => new string(pair))).ToLowerInvariant();

        var trust = new ClusterTrust(cluster, [ClusterTrust.PublicKeyPin(next), colonSeparated], []);

        Assert.True(trust.IsTrusted(next));
        Assert.True(trust.IsTrusted(previous));
    }

    [Fact]
    public void An_overlap_entry_that_is_not_a_sha256_hash_stops_the_start_naming_the_setting()
    {
        using var cluster = ClusterCertificate.CreateSelfSigned("cluster", TimeSpan.FromDays(1));

        var error = Assert.Throws<InvalidOperationException>(() => new ClusterTrust(cluster, ["not-a-hash"], []));

        Assert.Contains("RunStrong:ClusterTls:TrustedThumbprints", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_ca_configured_any_certificate_it_issued_is_trusted_and_one_of_another_ca_is_not()
    {
        using var ca = CreateAuthority("cluster-ca");
        using var otherCa = CreateAuthority("other-ca");
        using var pod = Issue(ca, "silo-pod-1");
        using var stranger = Issue(otherCa, "silo-pod-1");
        using var own = ClusterCertificate.CreateSelfSigned("cluster", TimeSpan.FromDays(1));

        var trust = new ClusterTrust(own, [], [X509CertificateLoader.LoadCertificate(ca.RawData)]);

        Assert.True(trust.IsTrusted(pod));
        Assert.True(trust.IsTrusted(own));
        Assert.False(trust.IsTrusted(stranger));
    }

    [Fact]
    public void An_expired_cluster_certificate_is_not_trusted()
    {
        using var cluster = ClusterCertificate.CreateSelfSigned("cluster", TimeSpan.FromDays(1));
        var later = new FixedClock(DateTimeOffset.UtcNow.AddDays(2));

        var trust = new ClusterTrust(cluster, [], [], later);

        Assert.False(trust.IsTrusted(cluster));
    }

    private static X509Certificate2 CreateAuthority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 Issue(X509Certificate2 authority, string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(7), RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
