using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using RunStrong.Testing;

namespace RunStrong.Silo.Tests.ClusterTls;

/// <summary>
/// The test silo's Orleans ports, and ways to knock on them: a real Orleans client (static gateway list)
/// configured as a test wants, and a bare TLS handshake.
/// </summary>
internal sealed class SiloOrleansPorts(IServiceProvider silo)
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    public int SiloPort => silo.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.Port;

    public int GatewayPort => silo.GetRequiredService<ILocalSiloDetails>().GatewayAddress!.Endpoint.Port;

    private ClusterOptions Cluster => silo.GetRequiredService<IOptions<ClusterOptions>>().Value;

    /// <summary>
    /// Starts an Orleans client pointed at <paramref name="port"/> and calls the management grain; true when
    /// that worked, false when the client could not connect.
    /// </summary>
    public async Task<bool> ClientConnectsAsync(int port, Action<IClientBuilder> configure, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, port));
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = Cluster.ClusterId;
                options.ServiceId = Cluster.ServiceId;
            });
            // A refused connection otherwise shows as a call that waits out the default 30 s response timeout.
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5));
            configure(client);
        });
        using var host = builder.Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(timeout.Token);
            var hosts = await host.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, timeout.Token);
            return hosts.Count > 0;
        }
        catch (Exception e) when (e is OrleansException or OperationCanceledException or TimeoutException)
        {
            return false;
        }
        finally
        {
            await StopQuietlyAsync(host);
        }
    }

    /// <summary>
    /// A TLS connection to <paramref name="port"/> presenting <paramref name="certificate"/> (or none); true
    /// when the silo kept it. The silo's verdict on a client certificate can come after the client's side of
    /// the handshake is done (TLS 1.3, and OpenSSL servers): a refused connection is then closed at once, so
    /// a connection still open after <see cref="Grace"/> (or one the silo writes to) counts as accepted.
    /// </summary>
    public static async Task<bool> TlsConnectionAcceptedAsync(int port, X509Certificate2? certificate, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        await using var tls = new SslStream(tcp.GetStream());
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "127.0.0.1",
                ClientCertificates = certificate is null ? null : [certificate],
                LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate!,
                RemoteCertificateValidationCallback = TestClusterCertificate.Tls.Trust.Validate,
            }, cancellationToken);
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(Grace);
            var buffer = new byte[1];
            return await tls.ReadAsync(buffer, grace.Token) > 0;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return true;
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            return false;
        }
    }

    private static async Task StopQuietlyAsync(IHost host)
    {
        try
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await host.StopAsync(stop.Token);
        }
        catch (Exception e) when (e is OrleansException or OperationCanceledException or ObjectDisposedException)
        {
            // A client that never connected has nothing to stop.
        }
    }
}
