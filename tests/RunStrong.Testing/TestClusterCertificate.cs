using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using RunStrong.ClusterSecurity;

namespace RunStrong.Testing;

/// <summary>
/// The cluster certificate of this test run: self-signed, made once per test process in a temp folder of its
/// own (deleted when the process exits), given to every silo and gateway the tests start, in process or as
/// processes. <see cref="Foreign"/> makes certificates the cluster must refuse.
/// </summary>
public static class TestClusterCertificate
{
    private static readonly Lazy<(ClusterCertificateFiles Files, ClusterTls Tls)> Current = new(Create);

    /// <summary>Where the certificate and its key are, as the hosts' configuration names them.</summary>
    public static ClusterCertificateFiles Files => Current.Value.Files;

    /// <summary>The certificate and the trust rule loaded from <see cref="Files"/>, as a host loads them.</summary>
    public static ClusterTls Tls => Current.Value.Tls;

    /// <summary>Another self-signed certificate, one the cluster has never heard of.</summary>
    public static X509Certificate2 Foreign() => ClusterCertificate.CreateSelfSigned("not-this-cluster", TimeSpan.FromDays(1));

    /// <summary>An <see cref="HttpClient"/> that presents the cluster certificate and trusts by the cluster's rule.</summary>
    public static HttpClient HttpClient(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler();
        Tls.Apply(handler);
        return new HttpClient(handler) { BaseAddress = baseAddress };
    }

    private static (ClusterCertificateFiles, ClusterTls) Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"runstrong-tls-{Guid.NewGuid():N}");
        using var certificate = ClusterCertificate.CreateSelfSigned("runstrong-test-cluster", TimeSpan.FromDays(2));
        var files = ClusterCertificate.WritePem(certificate, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(files.AsConfiguration()!).Build();
        var tls = ClusterTls.Load(configuration, new TestingEnvironment())
            ?? throw new InvalidOperationException("Cluster TLS is on by default.");
        return (files, tls);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind holds only a test certificate.
        }
    }

    private sealed class TestingEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = ClusterTls.TestingEnvironment;

        public string ApplicationName { get; set; } = "RunStrong.Testing";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
