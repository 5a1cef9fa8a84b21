#pragma warning disable ASPIRECERTIFICATES001 // Aspire's certificate annotations are marked experimental in Aspire 13.
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using RunStrong.Testing;

namespace RunStrong.EndToEnd.Tests;

/// <summary>
/// The AppHost runs on a machine without a trusted ASP.NET development certificate (a fresh Debian machine, CI): the
/// platform speaks plain HTTP on loopback locally, so no resource may ask Aspire for that certificate. Aspire warns,
/// and the dashboard opens with an error banner, as soon as one resource has an https endpoint or keeps the default
/// development-certificate configuration that every project resource gets.
/// </summary>
public sealed class DevelopmentCertificateTests
{
    [Fact]
    public async Task No_resource_of_the_apphost_needs_the_development_certificate()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.RunStrong_AppHost>(
            [
                // External storage: the model is only read here, nothing is started.
                "RunStrong:StorageConnectionString=UseDevelopmentStorage=true",
                $"RunStrong:ClusterCertificatePath={TestClusterCertificate.Files.CertificatePath}",
                $"RunStrong:ClusterKeyPath={TestClusterCertificate.Files.KeyPath}",
            ],
            cancel);

        var projects = builder.Resources.OfType<ProjectResource>().Select(resource => resource.Name).ToList();
        Assert.Contains("gateway", projects);
        Assert.Contains("silo-1", projects);

        var needingCertificate = builder.Resources.Where(NeedsDevelopmentCertificate).Select(resource => resource.Name).ToList();
        Assert.True(needingCertificate.Count == 0, $"These resources would make Aspire look for a trusted development certificate: {string.Join(", ", needingCertificate)}");
    }

    /// <summary>Aspire's own test (DcpHost): an https endpoint, or a certificate configuration callback not switched off.</summary>
    private static bool NeedsDevelopmentCertificate(IResource resource)
    {
        if (resource.Annotations.OfType<EndpointAnnotation>().Any(endpoint => endpoint.UriScheme == "https"))
        {
            return true;
        }

        if (!resource.Annotations.OfType<HttpsCertificateConfigurationCallbackAnnotation>().Any())
        {
            return false;
        }

        var certificate = resource.Annotations.OfType<HttpsCertificateAnnotation>().LastOrDefault();
        return certificate is null || certificate.UseDeveloperCertificate is true || certificate.Certificate is not null;
    }
}
