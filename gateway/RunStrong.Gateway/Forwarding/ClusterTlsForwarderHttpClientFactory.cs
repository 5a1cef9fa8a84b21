using RunStrong.ClusterSecurity;
using Yarp.ReverseProxy.Forwarder;

namespace RunStrong.Gateway.Forwarding;

/// <summary>
/// YARP's HTTP client for the silos presents the cluster certificate and accepts only silos whose
/// certificate <see cref="ClusterTrust"/> accepts (host names are not checked: silos are reached by IP).
/// Proxied requests and the active health checks share this client. The Host header stays YARP's default,
/// the destination's authority, which the silo's signature check may bind to.
/// </summary>
public sealed class ClusterTlsForwarderHttpClientFactory(ClusterTls tls) : ForwarderHttpClientFactory
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        tls.Apply(handler);
    }
}
