using System.Security.Cryptography.X509Certificates;
using RunStrong.ClusterSecurity;

namespace RunStrong.Gateway.Tests.ClusterTls;

/// <summary>The AppHost's local certificate: made on the first run, kept with the local data, reused after.</summary>
public sealed class LocalClusterCertificateTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"runstrong-local-tls-{Guid.NewGuid():N}");

    [Fact]
    public void The_first_run_creates_a_loopback_certificate_with_an_owner_only_key_and_later_runs_reuse_it()
    {
        var first = ClusterCertificate.EnsureLocal(folder);
        using var created = ClusterCertificate.Load(first.CertificatePath, first.KeyPath, null);

        var second = ClusterCertificate.EnsureLocal(folder);
        using var reused = ClusterCertificate.Load(second.CertificatePath, second.KeyPath, null);

        Assert.Equal(created.Thumbprint, reused.Thumbprint);
        Assert.True(created.HasPrivateKey);
        var names = created.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains(IPAddress.Loopback, names.EnumerateIPAddresses());
        Assert.Contains("localhost", names.EnumerateDnsNames());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.KeyPath));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
