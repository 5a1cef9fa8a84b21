using System.Net;
using RunStrong.ClusterSecurity;

namespace RunStrong.Benchmarks.Load;

/// <summary>
/// An <see cref="HttpClient"/> for one of the harness's own hosts: a fixed number of kept-alive connections
/// and nothing a well-behaved client would not do (no proxy, no cookies, no decompression).
/// </summary>
public static class LoopbackClient
{
    /// <param name="tls">Present the cluster certificate (a silo's cluster listener requires it).</param>
    public static HttpClient Create(Uri baseAddress, int connections, TimeSpan timeout, ClusterTls? tls = null)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        tls?.Apply(handler);
        return new(handler)
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };
    }
}
