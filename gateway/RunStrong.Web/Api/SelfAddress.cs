using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace RunStrong.Web.Api;

/// <summary>
/// Where this gateway's own API answers, for the pages to call it like any client: <c>Web:ApiBaseUrl</c> when set,
/// otherwise the first address Kestrel listens on (plain HTTP first), with a wildcard host read as loopback.
/// </summary>
public sealed class SelfAddress(IServer server, IConfiguration configuration)
{
    private Uri? address;

    public Uri Value => address ??= Resolve();

    private Uri Resolve()
    {
        if (configuration["Web:ApiBaseUrl"] is { Length: > 0 } configured)
        {
            return new Uri(configured.TrimEnd('/') + "/");
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(candidate => candidate.StartsWith("https", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("The gateway listens on no address the pages could call; set Web:ApiBaseUrl.");
        var uri = new UriBuilder(chosen.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
