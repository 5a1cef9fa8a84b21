using System.Net;

namespace RunStrong.Silo.Http;

/// <summary>
/// Whether the Host a request names is the listener that received it. The gateway signs the Host it sends
/// (the silo destination it chose), so a signed request replayed to another silo, or to this silo's other
/// listener, names an address that is not the one it arrived at.
/// </summary>
internal static class RequestAuthority
{
    public static bool AddressesThisListener(HttpContext context)
    {
        var host = context.Request.Host;
        var connection = context.Connection;
        if (!host.HasValue || connection.LocalIpAddress is not { } local)
        {
            return false;
        }

        var port = host.Port ?? (context.Request.IsHttps ? 443 : 80);
        if (port != connection.LocalPort)
        {
            return false;
        }

        if (IPAddress.TryParse(host.Host.Trim('[', ']'), out var named))
        {
            return Normalize(named).Equals(Normalize(local));
        }

        // A name can only be trusted where it cannot point elsewhere: localhost on a loopback connection.
        return string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase) && IPAddress.IsLoopback(local);
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
