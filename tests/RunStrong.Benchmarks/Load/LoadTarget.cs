using System.Net;
using RunStrong.ClusterSecurity;

namespace RunStrong.Benchmarks.Load;

/// <summary>
/// One thing to put load on: a name for the report, the host it goes to, how to build each request (called
/// once per request, so per-request work such as signing is part of the loop) and the status that counts as
/// success; <paramref name="Tls"/> when the host requires the cluster certificate (a silo's cluster listener).
/// </summary>
public sealed record LoadTarget(string Name, Uri BaseAddress, Func<HttpRequestMessage> CreateRequest, HttpStatusCode ExpectedStatus, ClusterTls? Tls = null);
