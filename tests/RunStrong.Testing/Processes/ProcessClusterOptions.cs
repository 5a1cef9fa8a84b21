namespace RunStrong.Testing.Processes;

/// <summary>How a <see cref="ProcessCluster"/> starts.</summary>
public sealed record ProcessClusterOptions
{
    /// <summary>Silo processes started with the cluster (more can join later with <see cref="ProcessCluster.StartSiloAsync"/>).</summary>
    public int Silos { get; init; } = 1;

    /// <summary>
    /// True: the gateway gets no static proxy destinations and finds the silos from cluster membership, as
    /// deployed (silos that join later are reached too). False: the gateway is given the silos started with
    /// the cluster as fixed destinations, and knows no silo started later.
    /// </summary>
    public bool Discovery { get; init; } = true;

    /// <summary>
    /// True: each silo runs in a network namespace of its own on a bridge the cluster creates
    /// (<see cref="Network.ClusterNetwork"/>, root only), listening on and advertising its namespace's address,
    /// and Azurite listens on the bridge's address, so a test can cut links. False: everything on loopback.
    /// </summary>
    public bool NetworkNamespaces { get; init; }

    /// <summary>
    /// True: silos and gateway reach Azurite through a <see cref="Network.DelayedStorage"/>, so a test can make
    /// every storage call slower while the cluster runs (<see cref="ProcessCluster.StorageDelay"/>).
    /// </summary>
    public bool DelayableStorage { get; init; }

    /// <summary>Extra silo environment variables; they override the cluster's.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SiloEnvironment { get; init; } = [];

    /// <summary>Extra gateway environment variables; they override the cluster's.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GatewayEnvironment { get; init; } = [];

    /// <summary>Receives what the cluster does (processes started, ready, killed, stopped) with timings.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Receives every output line of every process, with the process's name (e.g. "silo-2", "gateway").</summary>
    public Action<string, string>? ProcessOutput { get; init; }

    /// <summary>How long a starting process may take to answer <c>/health/ready</c>.</summary>
    public TimeSpan ReadyTimeout { get; init; } = HostReadiness.DefaultTimeout;

    /// <summary>How long a silo may take to exit after SIGTERM before it counts as hung (and is killed).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
