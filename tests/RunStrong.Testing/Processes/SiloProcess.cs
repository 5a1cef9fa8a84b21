using RunStrong.Testing.Network;

namespace RunStrong.Testing.Processes;

/// <summary>One silo process of a <see cref="ProcessCluster"/> and where it listens.</summary>
public sealed class SiloProcess
{
    internal SiloProcess(int index, HostProcess host, Uri httpUri, Uri clusterUri, NetworkNamespace? space)
    {
        Index = index;
        Namespace = space;
        Host = host;
        HttpUri = httpUri;
        ClusterUri = clusterUri;
    }

    /// <summary>Position in <see cref="ProcessCluster.Silos"/>: 0 for the first silo ever started, counting up.</summary>
    public int Index { get; }

    public string Name => Host.Name;

    public HostProcess Host { get; }

    /// <summary>The public HTTP/1.1 address (health probes, /metrics; the API answers 401 there).</summary>
    public Uri HttpUri { get; }

    /// <summary>The cluster listener the gateway forwards to: HTTPS, requires the cluster certificate.</summary>
    public Uri ClusterUri { get; }

    /// <summary>The network namespace it runs in (<see cref="ProcessClusterOptions.NetworkNamespaces"/>); null on loopback.</summary>
    public NetworkNamespace? Namespace { get; }

    public SiloState State { get; internal set; } = SiloState.Running;
}

public enum SiloState
{
    Running,

    /// <summary>Ended by SIGKILL.</summary>
    Killed,

    /// <summary>Ended by SIGTERM (graceful shutdown).</summary>
    Stopped,

    /// <summary>Ended by itself (e.g. Orleans stops a silo that finds itself declared dead), noticed when it was replaced.</summary>
    Exited,
}
