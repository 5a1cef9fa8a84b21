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

    public GatewayFactory(string connectionString, string clusterId, IReadOnlyList<Uri> silos)
    {
        this.connectionString = connectionString;
        this.clusterId = clusterId;
        this.silos = silos;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:storage", connectionString);
        builder.UseSetting("RunStrong:AdminKey", TestSecrets.AdminKey);
        builder.UseSetting("RunStrong:SigningKey", TestSecrets.SigningKey);
        builder.UseSetting("Orleans:ClusterId", clusterId);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        for (var i = 0; i < silos.Count; i++)
        {
            builder.UseSetting($"ReverseProxy:Clusters:silos:Destinations:silo-{i + 1}:Address", silos[i].ToString());
        }
    }
}
