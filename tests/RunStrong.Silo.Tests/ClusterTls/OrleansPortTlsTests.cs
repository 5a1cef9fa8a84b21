using Orleans.Connections.Security;
using RunStrong.Gateway.Hosting;
using RunStrong.Testing;

namespace RunStrong.Silo.Tests.ClusterTls;

/// <summary>
/// The silo's Orleans ports (silo-to-silo and client gateway) accept only connections that present the
/// cluster certificate: a plain Orleans client, or one with another certificate, never gets to send a
/// message (and so never a RequestContext the grain-call filter would read).
/// </summary>
public sealed class OrleansPortTlsTests(SiloHostFixture fixture) : IClassFixture<SiloHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private SiloOrleansPorts Ports => new(fixture.Services);

    public static TheoryData<string> OrleansPorts => ["silo", "gateway"];

    [Fact]
    public async Task An_orleans_client_with_the_cluster_certificate_connects_to_the_gateway_port_and_calls_grains()
    {
        var connected = await Ports.ClientConnectsAsync(Ports.GatewayPort, client => client.UseClusterTls(TestClusterCertificate.Tls), Cancel);

        Assert.True(connected);
    }

    [Theory]
    [MemberData(nameof(OrleansPorts))]
    public async Task An_orleans_client_without_tls_cannot_connect_to_either_orleans_port(string port)
    {
        var connected = await Ports.ClientConnectsAsync(PortNamed(port), _ => { }, Cancel);

        Assert.False(connected);
    }

    [Theory]
    [MemberData(nameof(OrleansPorts))]
    public async Task An_orleans_client_with_another_self_signed_certificate_cannot_connect_to_either_orleans_port(string port)
    {
        using var foreign = TestClusterCertificate.Foreign();

        var connected = await Ports.ClientConnectsAsync(PortNamed(port), client => client.UseTls(foreign, options =>
        {
            options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            // Trusts the silo as the gateway does: what is tested is that the silo refuses this client.
            options.RemoteCertificateValidation = (certificate, _, _) => TestClusterCertificate.Tls.Trust.IsTrusted(certificate);
        }), Cancel);

        Assert.False(connected);
    }

    [Theory]
    [MemberData(nameof(OrleansPorts))]
    public async Task A_tls_connection_to_either_orleans_port_is_kept_only_with_the_cluster_certificate(string port)
    {
        using var foreign = TestClusterCertificate.Foreign();

        Assert.True(await SiloOrleansPorts.TlsConnectionAcceptedAsync(PortNamed(port), TestClusterCertificate.Tls.Certificate, Cancel));
        Assert.False(await SiloOrleansPorts.TlsConnectionAcceptedAsync(PortNamed(port), foreign, Cancel));
        Assert.False(await SiloOrleansPorts.TlsConnectionAcceptedAsync(PortNamed(port), null, Cancel));
    }

    private int PortNamed(string port) => port == "silo" ? Ports.SiloPort : Ports.GatewayPort;
}
