using Azure.Data.Tables;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using RunStrong.ClusterSecurity;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Serialization;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Discovery;
using RunStrong.Gateway.Forwarding;
using RunStrong.Gateway.Routing;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using RunStrong.ServiceDefaults;
using RunStrong.Web.Hosting;

namespace RunStrong.Gateway.Hosting;

/// <summary>Wires the gateway: Orleans client (key lookups), authentication, YARP with signed forwarding.</summary>
public static class GatewayHostingExtensions
{
    public const string StorageConnectionName = "storage";

    public static WebApplicationBuilder AddRunStrongGateway(this WebApplicationBuilder builder)
    {
        var secrets = PlatformSecrets.Load(builder.Configuration, builder.Environment);
        var settings = builder.Configuration.GetSection(GatewaySettings.Section).Get<GatewaySettings>() ?? new GatewaySettings();
        builder.Services.AddSingleton(new RequestSigner(secrets.SigningKey));
        builder.Services.AddSingleton(new AdminKeyVerifier(secrets.AdminKey));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<GatewaySettings>(builder.Configuration.GetSection(GatewaySettings.Section));
        builder.Services.AddMemoryCache(options => options.SizeLimit = 100_000);
        builder.Services.AddSingleton<KeyLookupLimiter>();
        builder.Services.AddSingleton<AdmissionLimit>();
        builder.Services.AddSingleton<SheddingMetrics>();
        builder.Services.AddSingleton<ApiKeyAuthenticator>();
        builder.Services.AddSingleton<ForwardedCallerTransform>();
        builder.Services.AddSingleton<WebSessions>();
        builder.Services.AddRunStrongWeb();
        builder.AddGatewayAuthentication(secrets.AdminKey, TimeSpan.FromMinutes(settings.OpsSessionMinutes));
        builder.Services.AddGatewayRateLimiting(settings);

        var tls = ClusterTls.Load(builder.Configuration, builder.Environment);
        builder.AddOrleansClient(tls);
        builder.AddSiloDiscovery();
        builder.AddClusterTlsForwarding(tls);

        // Routes are declared once, in contracts (ApiRoutes); clusters (the silos) come from configuration and discovery.
        builder.Services.AddSingleton<IProxyConfigProvider, RouteRuleProxyConfig>();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddTransforms(context =>
            {
                context.RequestTransforms.Add(context.Services.GetRequiredService<ForwardedCallerTransform>());
                context.ResponseTransforms.Add(new UnprocessedRefusalTransform());
            });
        return builder;
    }

    /// <summary>
    /// Proxy destinations come from cluster membership (<see cref="SiloDiscovery"/>) unless configuration
    /// names them (tests, a fixed deployment): then those are used as they are.
    /// </summary>
    private static void AddSiloDiscovery(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection("ReverseProxy:Clusters:silos:Destinations").GetChildren().Any())
        {
            return;
        }

        var destinations = new SiloDestinationsConfiguration();
        ((IConfigurationBuilder)builder.Configuration).Add(destinations);
        builder.Services.AddSingleton(destinations);
        builder.Services.AddHostedService<SiloDiscovery>();
        builder.Services.AddHealthChecks().AddCheck<SiloDestinationsHealthCheck>("silo-destinations");
    }

    /// <summary>The proxy's connections to the silos are mutually authenticated with the cluster certificate.</summary>
    private static void AddClusterTlsForwarding(this WebApplicationBuilder builder, ClusterTls? tls)
    {
        if (tls is not null)
        {
            builder.Services.AddSingleton(tls);
            builder.Services.AddSingleton<IForwarderHttpClientFactory, ClusterTlsForwarderHttpClientFactory>();
        }
    }

    private static void AddOrleansClient(this WebApplicationBuilder builder, ClusterTls? tls)
    {
        var connectionString = builder.Configuration.GetConnectionString(StorageConnectionName)
            ?? throw new InvalidOperationException(
                $"Connection string '{StorageConnectionName}' (Azure Storage or Azurite) is not configured: set ConnectionStrings__{StorageConnectionName}.");
        var cluster = builder.Configuration.GetSection(OrleansClientSettings.Section).Get<OrleansClientSettings>() ?? new OrleansClientSettings();
        var tables = new TableServiceClient(connectionString);

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = cluster.ServiceId;
            });
            client.UseAzureStorageClustering(options => options.TableServiceClient = tables);

            // Re-read the silo list every 2 s (default: a minute), so a restarted or replaced
            // cluster is found quickly; the read is one small table query.
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            client.UseConnectionRetryFilter<RetryUntilClusterIsUp>();
            if (tls is not null)
            {
                client.UseClusterTls(tls);
            }

            client.AddActivityPropagation();

            // The Orleans dashboard UI, on the gateway at /ops/dashboard/ (admin key); silos feed it.
            client.AddDashboard();
            client.Services.AddSerializer(serializer => serializer.AddRunStrongDomainTypes());
        });
    }
}
