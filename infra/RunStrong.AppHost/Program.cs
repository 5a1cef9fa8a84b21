using Microsoft.Extensions.Configuration;
using Aspire.Hosting.Lifecycle;
using RunStrong.AppHost;
using RunStrong.LocalStorage;

var builder = DistributedApplication.CreateBuilder(args);
var settings = PlatformSettings.Load(builder.Configuration, builder.Environment);

// Storage first, stopped last: a silo without storage hangs at start and on shutdown.
IResourceBuilder<ExecutableResource>? azurite = null;
if (string.IsNullOrWhiteSpace(settings.StorageConnectionString))
{
    var installation = AzuriteInstallation.Locate(builder.AppHostDirectory);
    await installation.EnsureInstalledAsync(Console.WriteLine);
    var repositoryRoot = Path.GetFullPath(Path.Combine(installation.Folder, "..", ".."));
    azurite = builder.AddAzurite("azurite", installation, settings.AzuriteData ?? Path.Combine(repositoryRoot, ".data", "azurite"), out var local);
    builder.Configuration["ConnectionStrings:storage"] = local.ConnectionString;
}
else
{
    builder.Configuration["ConnectionStrings:storage"] = settings.StorageConnectionString;
}

var storage = builder.AddConnectionString("storage");

IResourceBuilder<ProjectResource> WithPlatformSettings(IResourceBuilder<ProjectResource> host) => host
    .WithReference(storage)
    .WithEnvironment("RunStrong__AdminKey", settings.AdminKey)
    .WithEnvironment("RunStrong__SigningKey", settings.SigningKey)
    .WithEnvironment("Orleans__ClusterId", settings.ClusterId)
    .WithHttpHealthCheck("/health/ready")
    .WaitForIfPresent(azurite);

var silos = Enumerable.Range(1, settings.SiloCount)
    .Select(i => WithPlatformSettings(builder.AddProject<Projects.RunStrong_Silo>($"silo-{i}", launchProfileName: null)
        .WithHttpEndpoint(name: "http", isProxied: false)
        // The gateway's own listener: HTTP/2 cleartext, multiplexed (see GatewayListenerExtensions).
        // Declared as tcp so Aspire leaves it out of the silo's ASPNETCORE_URLS (HTTP/1.1).
        .WithEndpoint(name: "gateway-h2c", scheme: "tcp", env: "RunStrong__GatewayHttp2Port", isProxied: false)
        // Silos on one machine advertise loopback to each other (the default is the first non-loopback address).
        .WithEnvironment("Orleans__AdvertisedIPAddress", "127.0.0.1")))
    .ToList();

// The gateway finds the silos itself, from cluster membership and the endpoints they announce (their
// gateway-h2c listeners): no destination list here, and silos may come and go while it runs.
var gateway = WithPlatformSettings(builder.AddProject<Projects.RunStrong_Gateway>("gateway", launchProfileName: null)
    .WithHttpEndpoint(name: "http", port: settings.GatewayPort > 0 ? settings.GatewayPort : null, isProxied: false));
foreach (var silo in silos)
{
    gateway.WaitFor(silo);
}

builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, async (_, cancellationToken) =>
{
    var gatewayUrl = gateway.GetEndpoint("http").Url;
    using var admin = new HttpClient { BaseAddress = new Uri(gatewayUrl) };
    admin.DefaultRequestHeaders.Add("X-Admin-Key", settings.AdminKey);
    var demo = new DemoTenants(admin);
    var gymKey = await demo.EnsureKeyAsync("demo-gym", "Demo Gym", "gym", cancellationToken);
    var clubKey = await demo.EnsureKeyAsync("demo-club", "Demo Running Club", "club", cancellationToken);

    // Scripts and docs read these lines; keep their wording.
    Console.WriteLine($"Gateway: {gatewayUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)}");
    Console.WriteLine($"Admin key: {settings.AdminKey}");
    Console.WriteLine($"Demo gym key: {gymKey}");
    Console.WriteLine($"Demo club key: {clubKey}");
    Console.WriteLine($"Dashboard: {builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0] ?? "(not started)"}");
    Console.WriteLine($"Orleans dashboard: {gatewayUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/')}/ops/dashboard/ (sign in with the admin key)");
});

builder.Build().Run();
