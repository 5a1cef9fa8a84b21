using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Tests.Security;
using RunStrong.Silo.Hosting;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests.ClusterTls;

/// <summary>
/// The silo's API is served only on its cluster listener, over TLS with the cluster certificate on both
/// sides; cleartext, a TLS client without a certificate or with another one get nothing, and the public
/// listener keeps only probes, /metrics and the API description.
/// </summary>
public sealed class ClusterListenerTests(PlatformFixture fixture)
{
    private InProcessPlatform Platform => fixture.Platform;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_with_the_cluster_certificate_is_served_over_http2()
    {
        using var silo = Platform.SiloDirect();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready") { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await silo.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
    }

    [Fact]
    public async Task Cleartext_http1_and_h2c_requests_to_the_cluster_listener_fail()
    {
        var cleartext = new UriBuilder(Platform.SiloClusterAddress) { Scheme = "http" }.Uri;
        using var client = new HttpClient { BaseAddress = cleartext, Timeout = TimeSpan.FromSeconds(10) };
        using var h2c = new HttpRequestMessage(HttpMethod.Get, "/health/ready") { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };

        await AssertNotServedAsync(() => client.GetAsync("/health/ready", Cancel));
        await AssertNotServedAsync(() => client.SendAsync(h2c, Cancel));
    }

    [Fact]
    public async Task A_tls_client_without_a_certificate_or_with_another_one_is_refused()
    {
        using var foreign = TestClusterCertificate.Foreign();
        using var anonymous = TlsClient(certificate: null);
        using var stranger = TlsClient(foreign);

        await AssertNotServedAsync(() => anonymous.GetAsync("/health/ready", Cancel));
        await AssertNotServedAsync(() => stranger.GetAsync("/health/ready", Cancel));
    }

    [Fact]
    public async Task A_gateway_signed_api_request_on_the_public_listener_gets_401()
    {
        var tenant = await Platform.CreateTenantAsync();
        using var publicListener = Platform.SiloPublic();
        using var signed = new HttpRequestMessage(HttpMethod.Get, tenant.AthletePath("ana"));
        await Platform.SignAsync(signed, GatewaySignature.Tenant(tenant.Id, TenantKind.Gym));

        using var response = await publicListener.SendAsync(signed, Cancel);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("mutually authenticated", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    public async Task The_public_listener_still_serves_probes_and_metrics(string path)
    {
        using var publicListener = Platform.SiloPublic();

        using var response = await publicListener.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_cluster_listener_and_orleans_ports_are_not_reachable_on_another_interface()
    {
        var other = Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        Assert.SkipWhen(other is null, "This machine has no non-loopback IPv4 address to try.");
        var silo = Platform.SiloServices.GetRequiredService<Orleans.Runtime.ILocalSiloDetails>();
        var listener = Platform.SiloServices.GetRequiredService<ClusterListener>();

        Assert.Equal("127.0.0.1", listener.BindAddress);
        foreach (var port in new[] { listener.Port, silo.SiloAddress.Endpoint.Port, silo.GatewayAddress!.Endpoint.Port })
        {
            using var tcp = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => tcp.ConnectAsync(other!, port, Cancel).AsTask());
        }
    }

    private HttpClient TlsClient(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        var handler = new SocketsHttpHandler();
        if (certificate is not null)
        {
            handler.SslOptions.ClientCertificates = [certificate];
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }

        // Trusts the silo as the gateway does: what is tested is whether the silo takes this client.
        handler.SslOptions.RemoteCertificateValidationCallback = TestClusterCertificate.Tls.Trust.Validate;
        return new HttpClient(handler) { BaseAddress = Platform.SiloClusterAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>The request fails at the transport (no HTTP answer at all) or, at most, gets no successful answer.</summary>
    private static async Task AssertNotServedAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            Assert.False(response.IsSuccessStatusCode, $"Served with {(int)response.StatusCode}.");
        }
        catch (HttpRequestException)
        {
            // Refused at the connection: the expected outcome.
        }
    }
}
