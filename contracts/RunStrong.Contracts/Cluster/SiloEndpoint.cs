namespace RunStrong.Contracts.Cluster;

/// <summary>
/// Where the gateway reaches one silo's HTTP API. <paramref name="SiloAddress"/> is the silo's Orleans
/// address (as <c>SiloAddress.ToParsableString()</c>), so the gateway can keep only silos that cluster
/// membership says are active.
/// </summary>
/// <param name="Url">The silo's cluster listener: <c>https://</c>, mutually authenticated with the cluster
/// certificate (<c>http://</c> only when cluster TLS is off for the benchmark).</param>
/// <param name="Http2">The listener speaks HTTP/2 (by ALPN over TLS, or h2c), so the gateway multiplexes over it.</param>
[GenerateSerializer, Immutable]
public sealed record SiloEndpoint(
    [property: Id(0)] string SiloAddress,
    [property: Id(1)] string Url,
    [property: Id(2)] bool Http2,
    [property: Id(3)] DateTimeOffset StartedAt);
