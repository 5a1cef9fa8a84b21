using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RunStrong.Silo;

namespace RunStrong.Testing;

/// <summary>
/// The real silo host, in this process, on real loopback ports (Kestrel: public and cluster HTTPS listeners),
/// against the given storage, with the test cluster certificate.
/// </summary>
public sealed class SiloFactory : WebApplicationFactory<SiloEntryPoint>
{
    private readonly string connectionString;
    private readonly string clusterId;

    public SiloFactory(string connectionString, string clusterId)
    {
        this.connectionString = connectionString;
        this.clusterId = clusterId;
        // Kestrel with the silo's own listeners (ClusterListenerExtensions): the public one on a free loopback
        // port (below), the cluster HTTPS one on another.
        UseKestrel();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestHostSettings.Apply(builder, connectionString, clusterId);
        builder.UseSetting("Orleans:AdvertisedIPAddress", "127.0.0.1");
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }
}
