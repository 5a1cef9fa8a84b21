using Microsoft.AspNetCore.Hosting;

namespace RunStrong.Silo.Hosting;

/// <summary>
/// An extra HTTP/2 cleartext (h2c) listener for the gateway, next to the silo's public HTTP/1.1 address.
/// Multiplexing the gateway's requests over a few HTTP/2 connections cost the proxy hop about a sixth less
/// CPU per request than HTTP/1.1 did (docs/BENCHMARKS.md). HTTP/2 without TLS needs a listener of its own:
/// cleartext endpoints cannot negotiate it, and probes and people still speak HTTP/1.1.
/// </summary>
public static class GatewayListenerExtensions
{
    /// <summary>Port of the h2c listener for the gateway; unset or 0 means none.</summary>
    public const string PortSetting = "RunStrong:GatewayHttp2Port";

    private const string DefaultUrl = "http://localhost:5000";

    public static WebApplicationBuilder AddGatewayListener(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration.GetValue<int?>(PortSetting) ?? 0;
        if (port <= 0)
        {
            return builder;
        }

        // Kestrel uses either the URLs setting or configured endpoints, never both: restate the public URLs
        // as endpoints and add the gateway's beside them.
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        var endpoints = new Dictionary<string, string?>();
        var publicUrls = (string.IsNullOrWhiteSpace(urls) ? DefaultUrl : urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < publicUrls.Length; i++)
        {
            endpoints[$"Kestrel:Endpoints:Public{i}:Url"] = publicUrls[i];
        }

        endpoints["Kestrel:Endpoints:Gateway:Url"] = $"http://*:{port}";
        endpoints["Kestrel:Endpoints:Gateway:Protocols"] = "Http2";
        builder.Configuration.AddInMemoryCollection(endpoints);
        return builder;
    }
}
