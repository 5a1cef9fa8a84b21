using System.Net;
using RunStrong.Benchmarks.Platform;
using RunStrong.ClusterSecurity;

namespace RunStrong.Benchmarks.Load;

/// <summary>
/// An <see cref="HttpClient"/> for one of the harness's own hosts: a fixed number of kept-alive connections
/// and nothing a well-behaved client would not do (no proxy, no cookies, no decompression).
/// </summary>
public static class LoopbackClient
{
    /// <param name="tls">Present the cluster certificate (a silo's cluster listener requires it).</param>
    /// <param name="retryAfter">When given, sends go through it: a 429/503 with Retry-After is sent again after the wait.</param>
    public static HttpClient Create(Uri baseAddress, int connections, TimeSpan timeout, ClusterTls? tls = null, RetryAfterHandler? retryAfter = null)
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
        HttpMessageHandler outer = handler;
        if (retryAfter is not null)
        {
            retryAfter.InnerHandler = handler;
            retryAfter.AttemptTimeout = timeout;
            outer = retryAfter;
            timeout = Timeout.InfiniteTimeSpan;
        }

        return new(outer)
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };
    }
}
