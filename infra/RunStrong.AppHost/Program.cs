using Microsoft.Extensions.Configuration;
using Aspire.Hosting.Lifecycle;
using RunStrong.AppHost;
using RunStrong.AppHost.Supervision;
using RunStrong.ClusterSecurity;
using RunStrong.LocalStorage;

var builder = DistributedApplication.CreateBuilder(args);
var settings = PlatformSettings.Load(builder.Configuration, builder.Environment);

var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));

// The cluster certificate for mutual TLS between silos and gateway: created on the first run next to the
// local data and reused after (docs/SECURITY.md), unless one is given.
var certificate = string.IsNullOrWhiteSpace(settings.ClusterCertificatePath)
    ? ClusterCertificate.EnsureLocal(Path.Combine(repositoryRoot, ".data", "cluster-tls"))
    : new ClusterCertificateFiles(settings.ClusterCertificatePath, settings.ClusterKeyPath ?? settings.ClusterCertificatePath);

// Storage first, stopped last: a silo without storage hangs at start and on shutdown.
IResourceBuilder<ExecutableResource>? azurite = null;
if (string.IsNullOrWhiteSpace(settings.StorageConnectionString))
{
    var installation = AzuriteInstallation.Locate(builder.AppHostDirectory);
    await installation.EnsureInstalledAsync(Console.WriteLine);
    azurite = builder.AddAzurite("azurite", installation, settings.AzuriteData ?? Path.Combine(repositoryRoot, ".data", "azurite"), out var local);
    builder.Configuration["ConnectionStrings:storage"] = local.ConnectionString;
}
else
{
    builder.Configuration["ConnectionStrings:storage"] = settings.StorageConnectionString;
}

var storage = builder.AddConnectionString("storage");

// The hosts run in the AppHost's own environment (a project started without a launch profile would be
// Production, which rightly refuses the development secrets this AppHost passes in Development).
// Locally everything speaks plain HTTP on loopback (the cluster's own mutual TLS uses the cluster certificate, not
// ASP.NET's development certificate), so no host asks Aspire for that certificate: without this, Aspire configures it
// for every project and, on a machine where it is not trusted, the dashboard opens with an error banner about it.
#pragma warning disable ASPIRECERTIFICATES001 // WithoutHttpsCertificate is marked experimental in Aspire 13.
IResourceBuilder<ProjectResource> WithPlatformSettings(IResourceBuilder<ProjectResource> host) => host
    .WithoutHttpsCertificate()
#pragma warning restore ASPIRECERTIFICATES001
    .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithReference(storage)
    .WithEnvironment("RunStrong__AdminKey", settings.AdminKey)
    .WithEnvironment("RunStrong__SigningKey", settings.SigningKey)
    .WithEnvironment("Orleans__ClusterId", settings.ClusterId)
    .WithEnvironment("RunStrong__ClusterTls__CertificatePath", certificate.CertificatePath)
    .WithEnvironment("RunStrong__ClusterTls__KeyPath", certificate.KeyPath)
    .WithHttpHealthCheck("/health/ready")
    .WaitForIfPresent(azurite);

var silos = Enumerable.Range(1, settings.SiloCount)
    .Select(i => WithPlatformSettings(builder.AddProject<Projects.RunStrong_Silo>($"silo-{i}", launchProfileName: null)
        .WithHttpEndpoint(name: "http", isProxied: false)
        // The gateway's listener: HTTPS with the cluster certificate required of the caller, HTTP/2 by ALPN
        // (see ClusterListenerExtensions). Declared as tcp so Aspire leaves it out of the silo's ASPNETCORE_URLS.
        .WithEndpoint(name: "cluster-https", scheme: "tcp", env: "RunStrong__ClusterHttpsPort", isProxied: false)
        // Silos on one machine advertise loopback to each other (the default is the first non-loopback address).
        .WithEnvironment("Orleans__AdvertisedIPAddress", "127.0.0.1")))
    .ToList();

// A silo that exits unasked (crash, kill, declared dead) is started again, as a Kubernetes Deployment would.
builder.AddSiloSupervisor(silos);

// The gateway finds the silos itself, from cluster membership and the endpoints they announce (their
// cluster-https listeners): no destination list here, and silos may come and go while it runs.
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
    Console.WriteLine($"Web pages: {gatewayUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/')}/app/ (sign in with a demo key)");
    Console.WriteLine($"Dashboard: {builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0] ?? "(not started)"}");
    Console.WriteLine($"Orleans dashboard: {gatewayUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/')}/ops/dashboard/ (sign in with the admin key)");
});

builder.Build().Run();
