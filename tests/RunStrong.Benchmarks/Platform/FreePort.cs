using System.Net;
using System.Net.Sockets;

namespace RunStrong.Benchmarks.Platform;

/// <summary>Asks the OS for an unused loopback TCP port.</summary>
internal static class FreePort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
