using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RunStrong.Gateway;

namespace RunStrong.Testing;

/// <summary>The real gateway host, in this process, on a real loopback port, forwarding to the given silos.</summary>
public sealed class GatewayFactory : WebApplicationFactory<GatewayEntryPoint>
{
    private readonly string connectionString;
    private readonly string clusterId;
    private readonly IReadOnlyList<Uri> silos;
    private readonly IReadOnlyDictionary<string, string> settings;

    public GatewayFactory(string connectionString, string clusterId, IReadOnlyList<Uri> silos, IReadOnlyDictionary<string, string> settings)
    {
        this.settings = settings;
        this.connectionString = connectionString;
        this.clusterId = clusterId;
        this.silos = silos;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestHostSettings.Apply(builder, connectionString, clusterId);
        for (var i = 0; i < silos.Count; i++)
        {
            builder.UseSetting($"ReverseProxy:Clusters:silos:Destinations:silo-{i + 1}:Address", silos[i].ToString());
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
