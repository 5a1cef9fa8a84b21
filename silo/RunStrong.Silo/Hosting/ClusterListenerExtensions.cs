using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using RunStrong.ClusterSecurity;

namespace RunStrong.Silo.Hosting;

/// <summary>
/// The silo's two HTTP listeners. The public one (the URLs setting, <c>ASPNETCORE_URLS</c>) serves probes and
/// <c>/metrics</c>; the cluster one (<see cref="ClusterListener"/>) serves the API to the gateway over mutual
/// TLS. HTTP/2 multiplexing on the hop cost about a sixth less CPU per request than HTTP/1.1
/// (docs/BENCHMARKS.md); over TLS it is negotiated by ALPN. Both bind the advertised address, not every
/// interface: a wildcard host in the URLs setting becomes that address (opt out with
/// <c>RunStrong:ListenOnAllInterfaces</c>).
/// </summary>
public static class ClusterListenerExtensions
{
    private const string DefaultUrl = "http://localhost:5000";

    public static WebApplicationBuilder AddClusterListeners(this WebApplicationBuilder builder, ClusterTls? tls, IPAddress advertised)
    {
        var allInterfaces = builder.Configuration.GetValue<bool>(AdvertisedAddress.ListenOnAllInterfacesSetting);
        var port = FreePort.OrPick(builder.Configuration.GetValue<int?>(ClusterListener.PortSetting) ?? 0);
        var listener = new ClusterListener(allInterfaces ? "*" : advertised.ToString(), port, tls is not null);
        builder.Services.AddSingleton(listener);

        // Kestrel uses either the URLs setting or configured endpoints, never both: restate the public URLs
        // as endpoints and add the cluster's beside them.
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        var endpoints = new Dictionary<string, string?>();
        var publicUrls = (string.IsNullOrWhiteSpace(urls) ? DefaultUrl : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < publicUrls.Length; i++)
        {
            endpoints[$"Kestrel:Endpoints:Public{i}:Url"] = allInterfaces ? publicUrls[i] : OnAddress(publicUrls[i], advertised);
        }

        endpoints["Kestrel:Endpoints:Cluster:Url"] = listener.BindUrl;
        endpoints["Kestrel:Endpoints:Cluster:Protocols"] = tls is null ? "Http2" : "Http1AndHttp2";
        builder.Configuration.AddInMemoryCollection(endpoints);

        if (tls is not null)
        {
            // The cluster endpoint is the only HTTPS one, so the HTTPS defaults are its settings.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ServerCertificate = tls.Certificate;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.ClientCertificateValidation = (certificate, _, _) => tls.Trust.IsTrusted(certificate);
                // See ClusterTrust: rotated, not revoked; no CRL or OCSP reachable from the cluster.
                https.CheckCertificateRevocation = false;
            }));
        }

        return builder;
    }

    /// <summary>A URL whose host means "every interface" (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) moved onto <paramref name="address"/>.</summary>
    private static string OnAddress(string url, IPAddress address)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return url;
        }

        var rest = url[(schemeEnd + 3)..];
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)] : rest.Split(':', '/')[0];
        if (host is not ("*" or "+" or "0.0.0.0" or "[::]"))
        {
            return url;
        }

        var literal = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return string.Concat(url.AsSpan(0, schemeEnd + 3), literal, rest.AsSpan(host.Length));
    }
}
