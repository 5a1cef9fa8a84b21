using System.Globalization;
using System.Net;

namespace RunStrong.Silo.Hosting;

/// <summary>
/// The silo's listener for the gateway: HTTPS with a required, trusted client certificate (HTTP/1.1 and
/// HTTP/2 by ALPN), or, only with cluster TLS turned off for the benchmark, HTTP/2 cleartext. It listens on
/// <see cref="BindAddress"/> (the advertised address unless every interface was asked for) and is announced
/// to the gateway at the silo's advertised address.
/// </summary>
public sealed record ClusterListener(string BindAddress, int Port, bool Tls)
{
    /// <summary>The listener's port; unset or 0 picks a free one (several silos on one machine).</summary>
    public const string PortSetting = "RunStrong:ClusterHttpsPort";

    public string Scheme => Tls ? "https" : "http";

    /// <summary>The Kestrel URL it binds.</summary>
    public string BindUrl => Url(BindAddress);

    /// <summary>What the gateway is told: this silo's advertised address with the listener's port.</summary>
    public string AnnouncedUrl(IPAddress advertised) => Url(advertised.ToString());

    private string Url(string host) =>
        string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{Port}");
}
