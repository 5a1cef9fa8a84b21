using System.Net;

namespace RunStrong.Benchmarks.Load;

/// <summary>
/// An <see cref="HttpClient"/> for one of the harness's own hosts: a fixed number of kept-alive connections
/// and nothing a well-behaved client would not do (no proxy, no cookies, no decompression).
/// </summary>
public static class LoopbackClient
{
    public static HttpClient Create(Uri baseAddress, int connections, TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };
}
