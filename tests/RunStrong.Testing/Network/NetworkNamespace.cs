using System.Globalization;
using System.Net;
using static RunStrong.Testing.Network.NetworkCommand;

namespace RunStrong.Testing.Network;

/// <summary>
/// One Linux network namespace of a <see cref="ClusterNetwork"/>, as a pod has one: its own loopback and one
/// interface, <c>eth0</c>, with <see cref="Address"/>, a veth link to the run's bridge in the root namespace
/// (<see cref="HostLink"/> is the bridge's end), and a default route through the bridge. A second veth pair
/// lies unused inside it, <see cref="HoleLink"/>, whose queue holds no packet: routes pointed at it make
/// chosen destinations vanish without a reply (see <see cref="ClusterNetwork.CutFromSilos"/>).
/// </summary>
public sealed class NetworkNamespace
{
    internal const string Interface = "eth0";
    internal const string HoleLink = "hole0";
    private const string HolePeer = "hole1";

    internal NetworkNamespace(string name, string hostLink, IPAddress address, int slot)
    {
        Name = name;
        HostLink = hostLink;
        Address = address;
        Slot = slot;
    }

    /// <summary>The namespace's name (<c>ip netns</c>): carries the creating process's id, so a sweep knows whose it is.</summary>
    public string Name { get; }

    /// <summary>The bridge's end of the veth link, in the root namespace.</summary>
    public string HostLink { get; }

    /// <summary>The namespace's address on the bridge's subnet.</summary>
    public IPAddress Address { get; }

    /// <summary>Position in <see cref="ClusterNetwork.Namespaces"/>.</summary>
    public int Slot { get; }

    /// <summary>What goes before a command to run it inside this namespace: <c>ip netns exec</c> execs the command, so its process id is the command's.</summary>
    public IReadOnlyList<string> Launcher => ["ip", "netns", "exec", Name];

    internal static NetworkNamespace Create(string name, string hostLink, string bridge, IPAddress address, IPAddress gateway, int prefixLength, int slot)
    {
        var space = new NetworkNamespace(name, hostLink, address, slot);
        Ip("netns", "add", name);
        Ip("link", "add", hostLink, "type", "veth", "peer", "name", Interface, "netns", name);
        Ip("link", "set", hostLink, "master", bridge, "up");
        space.In("addr", "add", string.Create(CultureInfo.InvariantCulture, $"{address}/{prefixLength}"), "dev", Interface);
        space.In("link", "set", Interface, "up");
        space.In("link", "set", "lo", "up");
        space.In("route", "add", "default", "via", gateway.ToString());
        space.In("link", "add", HoleLink, "type", "veth", "peer", "name", HolePeer);
        space.In("link", "set", HoleLink, "up");
        space.In("link", "set", HolePeer, "up");
        space.TcIn("qdisc", "add", "dev", HoleLink, "root", "pfifo", "limit", "0");
        return space;
    }

    /// <summary><c>ip -n &lt;namespace&gt; …</c>.</summary>
    internal string In(params string[] arguments) => Ip(["-n", Name, .. arguments]);

    /// <summary><c>tc</c> inside the namespace.</summary>
    internal string TcIn(params string[] arguments) => Ip(["netns", "exec", Name, "tc", .. arguments]);

    public override string ToString() => $"{Name} ({Address})";
}
