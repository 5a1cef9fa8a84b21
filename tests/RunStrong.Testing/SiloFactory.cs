using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly IReadOnlyDictionary<string, string> settings;

    /// <param name="settings">Extra silo configuration, e.g. <c>RunStrong:Imports:UploadRetention</c>.</param>
    public SiloFactory(string connectionString, string clusterId, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.connectionString = connectionString;
        this.clusterId = clusterId;
        this.settings = settings ?? new Dictionary<string, string>();
        // Kestrel with the silo's own listeners (ClusterListenerExtensions): the public one on a free loopback
        // port (below), the cluster HTTPS one on another.
        UseKestrel();
    }

    /// <summary>What reached this silo over HTTP, recorded before any of its own middleware runs.</summary>
    public ReceivedRequests Received { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestHostSettings.Apply(builder, connectionString, clusterId);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RecordingStartup(Received)));
        builder.UseSetting("Orleans:AdvertisedIPAddress", "127.0.0.1");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private sealed class RecordingStartup(ReceivedRequests received) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                received.Record(context.Request);
                await proceed(context);
            });
            next(app);
        };
    }
}
