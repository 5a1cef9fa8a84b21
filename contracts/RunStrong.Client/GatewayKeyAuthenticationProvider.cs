using System.Net;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace RunStrong.Client;

/// <summary>
/// Puts a key in its header on every request to the gateway it was made for, and on no other: a request the
/// client is pointed elsewhere with (an absolute URL from an answer, say) never carries the key. Kiota's own
/// ApiKeyAuthenticationProvider refuses plain http altogether, but a local platform's gateway is
/// http://127.0.0.1:5080; so http is allowed to loopback addresses only, where the key never leaves the machine.
/// </summary>
public sealed class GatewayKeyAuthenticationProvider : IAuthenticationProvider
{
    private readonly Uri gateway;
    private readonly string headerName;
    private readonly string key;

    public GatewayKeyAuthenticationProvider(Uri gateway, string headerName, string key)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (!gateway.IsAbsoluteUri || gateway.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{gateway}' is not an absolute http(s) address.", nameof(gateway));
        }

        if (gateway.Scheme == "http" && !IsLoopback(gateway))
        {
            throw new ArgumentException($"'{gateway}' is plain http to another machine: the key would cross the network unencrypted. Use https.", nameof(gateway));
        }

        this.gateway = gateway;
        this.headerName = headerName;
        this.key = key;
    }

    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Uri.Compare(request.URI, gateway, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            request.Headers.TryAdd(headerName, key);
        }

        return Task.CompletedTask;
    }

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
}
