namespace RunStrong.Testing.Processes;

/// <summary>One silo process of a <see cref="ProcessCluster"/> and where it listens.</summary>
public sealed class SiloProcess
{
    internal SiloProcess(int index, HostProcess host, Uri httpUri, Uri http2Uri)
    {
        Index = index;
        Host = host;
        HttpUri = httpUri;
        Http2Uri = http2Uri;
    }

    /// <summary>Position in <see cref="ProcessCluster.Silos"/>: 0 for the first silo ever started, counting up.</summary>
    public int Index { get; }

    public string Name => Host.Name;

    public HostProcess Host { get; }

    /// <summary>The public HTTP/1.1 address (health probes, direct calls).</summary>
    public Uri HttpUri { get; }

    /// <summary>The HTTP/2 cleartext listener the gateway forwards to.</summary>
    public Uri Http2Uri { get; }

    public SiloState State { get; internal set; } = SiloState.Running;
}

public enum SiloState
{
    Running,

    /// <summary>Ended by SIGKILL.</summary>
    Killed,

    /// <summary>Ended by SIGTERM (graceful shutdown).</summary>
    Stopped,
}
