using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RunStrong.Silo;

namespace RunStrong.Testing;

/// <summary>The real silo host, in this process, on a real loopback port (Kestrel), against the given storage.</summary>
public sealed class SiloFactory : WebApplicationFactory<SiloEntryPoint>
{
    private readonly string connectionString;
    private readonly string clusterId;

    public SiloFactory(string connectionString, string clusterId)
    {
        this.connectionString = connectionString;
        this.clusterId = clusterId;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestHostSettings.Apply(builder, connectionString, clusterId);
        builder.UseSetting("Orleans:AdvertisedIPAddress", "127.0.0.1");
    }
}
