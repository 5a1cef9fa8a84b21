using System.Net;
using System.Net.Sockets;

namespace RunStrong.Silo.Hosting;

/// <summary>Asks the OS for an unused TCP port, for silos started without fixed ports.</summary>
internal static class FreePort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static int OrPick(int configured) => configured > 0 ? configured : Pick();
}
