using System.Globalization;
using System.Net;
using static RunStrong.Testing.Network.NetworkCommand;

namespace RunStrong.Testing.Network;

/// <summary>
/// A private network for one test run on this machine: a bridge in the root namespace with the first address
/// of a random <c>10.x.y.0/24</c> (so parallel runs do not collide), and one network namespace per silo on it
/// (<see cref="NetworkNamespace"/>). Processes in the root namespace (the gateway, Azurite bound to
/// <see cref="BridgeAddress"/>, the test) reach every namespace over the bridge. Faults are cuts of links
/// that drop packets without a reply, as a failed switch or a dead cable does: peers see silence, not resets.
/// Disposal deletes everything it created; so does the test host's exit, and <see cref="Create"/> first
/// sweeps up what runs that died without cleaning left behind (never another live run's).
/// Requires root and iproute2 (<c>ip netns</c>, <c>tc</c>); throws saying so when they are not usable.
/// </summary>
public sealed class ClusterNetwork : IDisposable
{
    private const int PrefixLength = 24;
    private const int FirstHost = 10;
    private const int MaxNamespaces = 9;
    private static int runs;

    private readonly List<NetworkNamespace> namespaces = [];
    private readonly string prefix;
    private readonly Action<string>? log;
    private int disposed;

    private ClusterNetwork(string prefix, string bridge, Action<string>? log)
    {
        this.prefix = prefix;
        Bridge = bridge;
        this.log = log;
        BridgeAddress = IPAddress.Parse(prefix + "1");
        // Backstop for an exit that skips Dispose (a test host ending mid-run): no namespace or link outlives it.
        AppDomain.CurrentDomain.ProcessExit += DisposeOnExit;
    }

    /// <summary>The bridge in the root namespace.</summary>
    public string Bridge { get; }

    /// <summary>The bridge's address: what the namespaces reach the root namespace on (and their default gateway).</summary>
    public IPAddress BridgeAddress { get; }

    public string Subnet => string.Create(CultureInfo.InvariantCulture, $"{prefix}0/{PrefixLength}");

    public IReadOnlyList<NetworkNamespace> Namespaces
    {
        get
        {
            lock (namespaces)
            {
                return [.. namespaces];
            }
        }
    }

    /// <summary>Creates the bridge and <paramref name="namespaceCount"/> namespaces on it, after sweeping leftovers of dead runs.</summary>
    public static ClusterNetwork Create(int namespaceCount, Action<string>? log = null)
    {
        EnsureUsable();
        LeftoverNetworks.Sweep(log);
        var run = Interlocked.Increment(ref runs);
        var prefix = FreeSubnetPrefix();
        var network = new ClusterNetwork(prefix, LeftoverNetworks.BridgeName(Environment.ProcessId, run), log) { Run = run };
        try
        {
            Ip("link", "add", network.Bridge, "type", "bridge");
            Ip("addr", "add", string.Create(CultureInfo.InvariantCulture, $"{network.BridgeAddress}/{PrefixLength}"), "dev", network.Bridge);
            Ip("link", "set", network.Bridge, "up");
            for (var i = 0; i < namespaceCount; i++)
            {
                network.AddNamespace();
            }

            network.Log($"network {network.Subnet} on bridge {network.Bridge}: namespaces {string.Join(", ", network.Namespaces)}");
            return network;
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    private int Run { get; init; }

    /// <summary>One more namespace on the bridge, with the next free address.</summary>
    public NetworkNamespace AddNamespace()
    {
        ObjectDisposedException.ThrowIf(disposed == 1, this);
        lock (namespaces)
        {
            var slot = namespaces.Count;
            if (slot >= MaxNamespaces)
            {
                throw new InvalidOperationException($"A test network holds at most {MaxNamespaces} namespaces (link names are limited to 15 characters).");
            }

            var space = NetworkNamespace.Create(
                LeftoverNetworks.NamespaceName(Environment.ProcessId, Run, slot), LeftoverNetworks.LinkName(Environment.ProcessId, Run, slot), Bridge,
                IPAddress.Parse(prefix + (FirstHost + slot).ToString(CultureInfo.InvariantCulture)), BridgeAddress, PrefixLength, slot);
            namespaces.Add(space);
            return space;
        }
    }

    /// <summary>
    /// Cuts <paramref name="space"/> off from everything: a queue that holds no packet on both ends of its
    /// link, so nothing leaves the namespace and nothing reaches it (other silos, storage, the gateway).
    /// </summary>
    public NetworkCut Isolate(NetworkNamespace space)
    {
        Tc("qdisc", "add", "dev", space.HostLink, "root", "pfifo", "limit", "0");
        space.TcIn("qdisc", "add", "dev", NetworkNamespace.Interface, "root", "pfifo", "limit", "0");
        var cut = new NetworkCut(
            $"{space} isolated from everything",
            [new QueueCounter("into the namespace", space.HostLink, null), new QueueCounter("out of the namespace", NetworkNamespace.Interface, space)],
            () =>
            {
                Tc("qdisc", "del", "dev", space.HostLink, "root");
                space.TcIn("qdisc", "del", "dev", NetworkNamespace.Interface, "root");
            });
        return Register(cut);
    }

    /// <summary>
    /// Cuts <paramref name="space"/> off from the other namespaces only (the silos), while it still reaches the
    /// root namespace (storage and the gateway) and they reach it. There is no packet filter here (no
    /// iptables or tc classifiers), so it is done with routes: in each namespace, host routes to the other
    /// side point into the namespace's hole link with a fixed neighbour entry, and the hole's queue drops
    /// every packet. Both sides route into their holes, so neither direction passes, and nobody gets an error.
    /// </summary>
    public NetworkCut CutFromSilos(NetworkNamespace space)
    {
        var others = Namespaces.Where(n => n != space).ToList();
        var routes = others.Select(o => (In: space, To: o.Address)).Concat(others.Select(o => (In: o, To: space.Address))).ToList();
        var counters = new[] { space }.Concat(others).Select(n => new QueueCounter($"dropped in {n.Name}", NetworkNamespace.HoleLink, n)).ToList();
        foreach (var (inSpace, to) in routes)
        {
            // Any unicast address will do: the packet never leaves the hole's queue.
            inSpace.In("neigh", "replace", to.ToString(), "lladdr", "02:00:00:00:00:01", "dev", NetworkNamespace.HoleLink, "nud", "permanent");
            inSpace.In("route", "replace", $"{to}/32", "dev", NetworkNamespace.HoleLink);
        }

        var cut = new NetworkCut(
            $"{space} cut off from {string.Join(", ", others.Select(o => o.Name))}",
            counters,
            () =>
            {
                foreach (var (inSpace, to) in routes)
                {
                    inSpace.In("route", "del", $"{to}/32", "dev", NetworkNamespace.HoleLink);
                    inSpace.In("neigh", "del", to.ToString(), "dev", NetworkNamespace.HoleLink);
                }
            });
        return Register(cut);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= DisposeOnExit;
        foreach (var space in Namespaces)
        {
            // Deleting either end of a veth pair deletes both; the namespace goes once no process is left in it.
            TryIp("link", "del", space.HostLink);
            TryIp("netns", "del", space.Name);
        }

        TryIp("link", "del", Bridge);
        Log($"network {Subnet} removed (bridge {Bridge}, {Namespaces.Count} namespaces)");
    }

    private NetworkCut Register(NetworkCut cut)
    {
        Log($"cut: {cut.Description}");
        cut.Healed += () => Log($"healed: {cut.Description}");
        return cut;
    }

    private static void EnsureUsable()
    {
        var probe = $"runstrong-probe-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40];
        if (!TryRun("ip", ["netns", "add", probe], out var error))
        {
            throw new InvalidOperationException(
                $"Network namespaces are not usable here, and the partition tests need them: `ip netns add` failed ({error}). " +
                "They need root (or CAP_SYS_ADMIN and CAP_NET_ADMIN) and iproute2 with tc; CI runs them as root.");
        }

        TryIp("netns", "del", probe);
    }

    /// <summary>A random <c>10.x.y.</c> prefix that no interface or route of this machine uses yet.</summary>
    private static string FreeSubnetPrefix()
    {
        var inUse = Ip("-o", "-4", "addr", "show") + Ip("-4", "route", "show");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"10.{Random.Shared.Next(16, 255)}.{Random.Shared.Next(0, 256)}.");
            if (!inUse.Contains(" " + candidate, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free 10.x.y.0/24 subnet found for the test network.");
    }

    private void Log(string message) => log?.Invoke(message);

    private void DisposeOnExit(object? sender, EventArgs e) => Dispose();
}
