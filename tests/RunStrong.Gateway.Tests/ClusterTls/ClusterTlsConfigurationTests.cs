using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace RunStrong.Gateway.Tests.ClusterTls;

/// <summary>A host refuses to start without a cluster certificate, and may run without TLS only in Development or Testing.</summary>
public sealed class ClusterTlsConfigurationTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Development")]
    public void A_host_without_a_certificate_refuses_to_start_naming_the_setting(string environment)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            RunStrong.ClusterSecurity.ClusterTls.Load(Configuration([]), new Environment(environment)));

        Assert.Contains("RunStrong:ClusterTls:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Turning_cluster_tls_off_is_refused_in_production()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            RunStrong.ClusterSecurity.ClusterTls.Load(Configuration(new() { ["RunStrong:ClusterTls:Enabled"] = "false" }), new Environment("Production")));

        Assert.Contains("RunStrong:ClusterTls:Enabled", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void Cluster_tls_can_be_turned_off_for_the_benchmark_in_development_and_testing(string environment)
    {
        var tls = RunStrong.ClusterSecurity.ClusterTls.Load(Configuration(new() { ["RunStrong:ClusterTls:Enabled"] = "false" }), new Environment(environment));

        Assert.Null(tls);
    }

    [Fact]
    public void A_configured_pem_certificate_and_key_are_loaded_with_the_key()
    {
        var files = TestClusterCertificate.Files;

        var tls = RunStrong.ClusterSecurity.ClusterTls.Load(Configuration(files.AsConfiguration().ToDictionary(p => p.Key, p => (string?)p.Value)), new Environment("Production"));

        Assert.NotNull(tls);
        Assert.True(tls.Certificate.HasPrivateKey);
        Assert.True(tls.Trust.IsTrusted(TestClusterCertificate.Tls.Certificate));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(files.KeyPath));
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "RunStrong.Gateway";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
