using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace RunStrong.Silo.Hosting;

/// <summary>
/// The address this silo is reached on, decided once so that Orleans advertises and every internal listener
/// binds the same one: <c>Orleans:AdvertisedIPAddress</c> (the pod IP in Kubernetes, loopback locally), else
/// the first non-loopback IPv4 address of an interface that is up (what Orleans would pick itself).
/// </summary>
public static class AdvertisedAddress
{
    /// <summary>True: internal listeners bind every interface (an opt-out, e.g. for a service mesh sidecar that connects over loopback).</summary>
    public const string ListenOnAllInterfacesSetting = "RunStrong:ListenOnAllInterfaces";

    public static IPAddress Resolve(ClusterSettings cluster) =>
        cluster.ParseAdvertisedAddress() ?? FirstNonLoopback()
        ?? throw new InvalidOperationException($"No network address to advertise: set {ClusterSettings.Section}:AdvertisedIPAddress.");

    private static IPAddress? FirstNonLoopback() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
