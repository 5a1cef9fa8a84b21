using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.LocalStorage;
using RunStrong.Silo.Hosting;

namespace RunStrong.Testing;

/// <summary>
/// The platform in one test process, on its real parts: Azurite, a silo host and the gateway host, each on
/// its own loopback port. Share one per test collection (starting costs a few seconds); tests keep apart by
/// creating their own tenants.
/// </summary>
public sealed class InProcessPlatform : IAsyncDisposable
{
    private AzuriteProcess? azurite;
    private SiloFactory? silo;
    private GatewayFactory? gateway;

    /// <summary>The silo's public listener (probes, /metrics; the API answers 401 there).</summary>
    public Uri SiloAddress { get; private set; } = null!;

    /// <summary>The silo's cluster listener: HTTPS, requires the cluster certificate; what the gateway forwards to.</summary>
    public Uri SiloClusterAddress { get; private set; } = null!;

    public Uri GatewayAddress { get; private set; } = null!;

    public string StorageConnectionString => azurite!.ConnectionString;

    /// <summary>The silo host in this process (its services, e.g. the endpoint list for route-driven tests).</summary>
    public IServiceProvider SiloServices => silo!.Services;

    /// <summary>The gateway host in this process (its endpoint list: the proxy routes and their rules).</summary>
    public IServiceProvider GatewayServices => gateway!.Services;

    /// <summary>The headers of requests the silo received, newest last (what crossed the gateway's hop).</summary>
    public ReceivedRequests SiloReceived => silo!.Received;

    /// <param name="gatewaySettings">Extra gateway configuration, e.g. <c>Gateway:KeyCacheSeconds</c>.</param>
    public static Task<InProcessPlatform> StartAsync(IReadOnlyDictionary<string, string>? gatewaySettings = null) =>
        StartAsync(gatewaySettings, siloSettings: null);

    /// <param name="gatewaySettings">Extra gateway configuration, e.g. <c>Gateway:KeyCacheSeconds</c>.</param>
    /// <param name="siloSettings">Extra silo configuration, e.g. <c>RunStrong:Imports:UploadRetention</c>.</param>
    public static async Task<InProcessPlatform> StartAsync(IReadOnlyDictionary<string, string>? gatewaySettings, IReadOnlyDictionary<string, string>? siloSettings)
    {
        var platform = new InProcessPlatform();
        await platform.StartPartsAsync(gatewaySettings ?? new Dictionary<string, string>(), siloSettings ?? new Dictionary<string, string>());
        return platform;
    }

    private async Task StartPartsAsync(IReadOnlyDictionary<string, string> gatewaySettings, IReadOnlyDictionary<string, string> siloSettings)
    {
        azurite = await AzuriteProcess.StartAsync();
        var clusterId = $"test-{Guid.NewGuid():N}";
        silo = new SiloFactory(azurite.ConnectionString, clusterId, siloSettings);
        silo.StartServer();
        SiloAddress = ServerAddress.Of(silo.Services);
        var listener = silo.Services.GetRequiredService<ClusterListener>();
        SiloClusterAddress = new Uri($"{listener.BindUrl}/");
        gateway = new GatewayFactory(azurite.ConnectionString, clusterId, [SiloClusterAddress], gatewaySettings);
        gateway.StartServer();
        GatewayAddress = ServerAddress.Of(gateway.Services);
    }

    /// <summary>A client for the gateway, with no key set.</summary>
    public HttpClient Gateway() => new() { BaseAddress = GatewayAddress };

    /// <summary>
    /// A client straight to the silo's cluster listener, bypassing the gateway but presenting the test cluster
    /// certificate as the gateway does: what reaches the silo's own checks (signature, tenant, admin).
    /// </summary>
    public HttpClient SiloDirect() => TestClusterCertificate.HttpClient(SiloClusterAddress);

    /// <summary>A plain client to the silo's public listener (no certificate): probes and /metrics only.</summary>
    public HttpClient SiloPublic() => new() { BaseAddress = SiloAddress };

    /// <summary>A client for the gateway that sends the given tenant key.</summary>
    public HttpClient TenantClient(string apiKey)
    {
        var client = Gateway();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>A client for the gateway that sends the platform admin key.</summary>
    public HttpClient AdminClient()
    {
        var client = Gateway();
        client.DefaultRequestHeaders.Add("X-Admin-Key", TestSecrets.AdminKey);
        return client;
    }

    /// <summary>Creates a tenant through the admin route and returns its first key.</summary>
    public async Task<TestTenant> CreateTenantAsync(string kind = "gym")
    {
        using var admin = AdminClient();
        var id = $"t-{Guid.NewGuid():N}"[..20];
        using var response = await admin.PostAsJsonAsync("/api/admin/tenants", new { id, name = $"Tenant {id}", kind });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<CreatedTenant>() ?? throw new InvalidOperationException("Empty tenant response.");
        return new TestTenant(created.Id, created.ApiKey, created.KeyId);
    }

    public async ValueTask DisposeAsync()
    {
        // Stop in reverse order: storage goes last, or the silo hangs on shutdown waiting for it.
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }

        if (silo is not null)
        {
            await silo.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    private sealed record CreatedTenant(string Id, string ApiKey, string KeyId);
}
