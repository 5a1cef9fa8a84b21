using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;
using System.Net;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using RunStrong.ClusterSecurity;
using RunStrong.Contracts.Serialization;
using RunStrong.Silo.Activities;
using RunStrong.Silo.Cluster;
using RunStrong.Silo.Grains;
using RunStrong.Silo.MemberImports;
using RunStrong.Silo.Members;
using RunStrong.Silo.Storage;
using RunStrong.Silo.Telemetry;

namespace RunStrong.Silo.Hosting;

/// <summary>
/// The Orleans silo: Azure Table clustering and reminders, Azure Storage grain state, tracing, mutual TLS
/// between silos and towards clients, and the HTTP listeners (<see cref="ClusterListenerExtensions"/>).
/// </summary>
public static class SiloHostingExtensions
{
    public const string StorageConnectionName = "storage";

    public static WebApplicationBuilder AddRunStrongSilo(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(StorageConnectionName)
            ?? throw new InvalidOperationException(
                $"Connection string '{StorageConnectionName}' (Azure Storage or Azurite) is not configured: set ConnectionStrings__{StorageConnectionName}.");
        var cluster = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        var tls = ClusterTls.Load(builder.Configuration, builder.Environment);
        var advertised = AdvertisedAddress.Resolve(cluster);
        var allInterfaces = builder.Configuration.GetValue<bool>(AdvertisedAddress.ListenOnAllInterfacesSetting);
        builder.AddClusterListeners(tls, advertised);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = cluster.ServiceId;
            });
            silo.Configure<EndpointOptions>(options =>
            {
                options.SiloPort = FreePort.OrPick(cluster.SiloPort);
                options.GatewayPort = FreePort.OrPick(cluster.GatewayPort);
                options.AdvertisedIPAddress = advertised;

                // Orleans listens on the advertised address (the pod IP, loopback on one machine) unless the
                // opt-out asks for every interface: nothing else on the host needs to reach these ports.
                if (allInterfaces)
                {
                    options.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, options.SiloPort);
                    options.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Any, options.GatewayPort);
                }
            });
            if (tls is not null)
            {
                silo.UseClusterTls(tls);
            }

            silo.UseAzureStorageClustering(options => options.TableServiceClient = StorageOf(silo.Services, connectionString).Tables);
            silo.Configure<ClusterMembershipOptions>(options =>
            {
                // Failure detection in about 2-3 s instead of Orleans' default of about 15 s (probes every
                // 10 s, 3 missed): a silo is probed every second and suspected after 2 missed probes; 2 votes
                // still declare it dead, so one slow link cannot evict a healthy silo. Measured recovery:
                // docs/OPERATIONS.md. Overridable under Orleans:Membership.
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 2;
                // A silo cut off from the other silos but not from storage learns it was declared dead only
                // from the table (no peer can tell it), and it serves stale activations until then: read the
                // table every 5 s, not every 60 s (docs/OPERATIONS.md, "A network partition"; PartitionTests).
                options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
                builder.Configuration.GetSection($"{ClusterSettings.Section}:Membership").Bind(options);
            });
            silo.Configure<GrainDirectoryOptions>(options =>
            {
                // Orleans caches where grains live for up to a million grains (about 700 B each, so 0.7 GB): an
                // import that touches every member of a big gym grew it by one entry per member even though each
                // athlete was deactivated after its write (docs/BENCHMARKS.md, "Scenario `import`"). A tenth of that
                // bounds the cache at about 70 MB; a miss costs one directory lookup.
                options.CacheSize = 100_000;
                builder.Configuration.GetSection($"{ClusterSettings.Section}:Directory").Bind(options);
            });
            silo.AddRunStrongGrainServices(connectionString);

            // The dashboard's data side; its UI is served by the gateway at /ops/dashboard/ behind the admin key.
            silo.AddDashboard();
        });

        builder.Services.AddSingleton<SiloAnnouncement>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SiloAnnouncement>());
        builder.Services.AddSingleton<ShutdownDrain>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ShutdownDrain>());
        builder.Services.AddHealthChecks().AddCheck<SiloReadinessCheck>("silo");
        builder.Services.AddStallGuard();
        return builder;
    }

    /// <summary>
    /// Everything a RunStrong silo needs besides clustering and endpoints: reminders, grain storage, tracing
    /// and serialization. Shared by the silo host and the in-process test cluster, so tests run the same setup.
    /// </summary>
    public static ISiloBuilder AddRunStrongGrainServices(this ISiloBuilder silo, string connectionString)
    {
        var storage = StorageOf(silo.Services, connectionString);
        var (tables, blobs) = (storage.Tables, storage.Blobs);
        silo.Services.AddHostedService<StorageProbe>();
        silo.Services.TryAddSingleton<StorageMetrics>();
        silo.UseAzureTableReminderService(options => options.TableServiceClient = tables);
        silo.AddAzureBlobGrainStorage(StorageNames.Athletes, options =>
        {
            options.BlobServiceClient = blobs;
            options.ContainerName = StorageNames.Athletes;
            options.DeleteStateOnClear = true;
            options.GrainStorageSerializer = JsonGrainStateSerializer.Instance;
        });
        silo.AddAzureBlobGrainStorage(StorageNames.Challenges, options =>
        {
            options.BlobServiceClient = blobs;
            options.ContainerName = StorageNames.Challenges;
            options.DeleteStateOnClear = true;
            options.GrainStorageSerializer = JsonGrainStateSerializer.Instance;
        });
        silo.AddAzureTableGrainStorage(StorageNames.Tenants, options =>
        {
            options.TableServiceClient = tables;
            options.TableName = "tenants";
            options.DeleteStateOnClear = true;
            options.GrainStorageSerializer = JsonGrainStateSerializer.Instance;
        });
        silo.AddActivityPropagation();
        silo.AddIncomingGrainCallFilter<GrainScopeFilter>();
        silo.Services.AddSerializer(serializer => serializer
            .AddRunStrongDomainTypes()
            // Grain state classes are plain C# too. Orleans serializes them when it migrates an activation
            // to another silo (a silo leaving on SIGTERM hands its activations over with their state).
            .AddJsonSerializer(IsGrainState, RunStrongSerialization.DomainJsonOptions));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<ChallengeMetrics>();
        silo.Services.TryAddSingleton<CoachingMetrics>();
        silo.Services.TryAddSingleton<ImportMetrics>();
        silo.Services.TryAddSingleton(new ImportUploads(storage.BulkBlobs));
        silo.Services.TryAddSingleton(services => ImportUploadRetention.From(services.GetService<IConfiguration>()));
        silo.Services.TryAddSingleton(new RosterStore(blobs));
        silo.Services.TryAddSingleton(new ChallengeShardLog(blobs));
        silo.Services.TryAddSingleton(new ActivityStore(storage.BulkBlobs, tables));
        silo.Services.TryAddSingleton(new AthleteStateBlobs(blobs));
        silo.Services.TryAddSingleton(services => new TenantStorage(blobs, tables, services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        silo.Services.TryAddSingleton(services => new AthleteCensus(blobs, services.GetRequiredService<TimeProvider>()));
        return silo;
    }

    /// <summary>
    /// The silo's one set of storage clients and their circuit, created with the first caller and registered
    /// for the rest (clustering, grain storage, readiness, the probe): one circuit sees every storage call.
    /// </summary>
    private static StorageClients StorageOf(IServiceCollection services, string connectionString)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(StorageClients))?.ImplementationInstance is StorageClients existing)
        {
            return existing;
        }

        var storage = new StorageClients(connectionString, new StorageCircuit(TimeProvider.System));
        services.AddSingleton(storage);
        services.AddSingleton(storage.Circuit);
        return storage;
    }

    private static bool IsGrainState(Type type) =>
        type.Assembly == typeof(AthleteState).Assembly && type.Namespace == typeof(AthleteState).Namespace && type.Name.EndsWith("State", StringComparison.Ordinal);
}
