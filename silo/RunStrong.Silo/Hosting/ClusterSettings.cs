using System.Net;

namespace RunStrong.Silo.Hosting;

/// <summary>The "Orleans" configuration section. Keep ServiceId stable: changing it orphans stored state.</summary>
public sealed class ClusterSettings
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "runstrong-local";

    public string ServiceId { get; set; } = "runstrong";

    /// <summary>Silo-to-silo port; 0 picks a free one (several silos on one machine).</summary>
    public int SiloPort { get; set; }

    /// <summary>Port for Orleans clients (the gateway); 0 picks a free one.</summary>
    public int GatewayPort { get; set; }

    /// <summary>The address other silos and clients reach this silo on; unset means the first non-loopback one.</summary>
    public string? AdvertisedIPAddress { get; set; }

    public IPAddress? ParseAdvertisedAddress() =>
        string.IsNullOrWhiteSpace(AdvertisedIPAddress) ? null : IPAddress.Parse(AdvertisedIPAddress);
}
