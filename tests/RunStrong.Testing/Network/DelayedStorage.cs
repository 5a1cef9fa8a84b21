using System.Net;
using RunStrong.LocalStorage;

namespace RunStrong.Testing.Network;

/// <summary>
/// Azurite behind one <see cref="DelayingTcpProxy"/> per service (blob, queue, table): hosts given
/// <see cref="ConnectionString"/> reach the same storage, and every call they make costs <see cref="Delay"/> more.
/// </summary>
public sealed class DelayedStorage : IAsyncDisposable
{
    private readonly DelayingTcpProxy blob;
    private readonly DelayingTcpProxy queue;
    private readonly DelayingTcpProxy table;

    private DelayedStorage(AzuriteEndpoints storage)
    {
        blob = DelayingTcpProxy.Start(new IPEndPoint(IPAddress.Loopback, storage.BlobPort));
        queue = DelayingTcpProxy.Start(new IPEndPoint(IPAddress.Loopback, storage.QueuePort));
        table = DelayingTcpProxy.Start(new IPEndPoint(IPAddress.Loopback, storage.TablePort));
        Endpoints = new AzuriteEndpoints(blob.Port, queue.Port, table.Port);
    }

    /// <summary>The proxies' ports, as Azurite endpoints.</summary>
    public AzuriteEndpoints Endpoints { get; }

    public string ConnectionString => Endpoints.ConnectionString;

    /// <summary>Added to every storage call from now on (0 = as fast as Azurite itself).</summary>
    public TimeSpan Delay
    {
        get => table.Delay;
        set => blob.Delay = queue.Delay = table.Delay = value;
    }

    public static DelayedStorage Start(AzuriteEndpoints storage) => new(storage);

    public async ValueTask DisposeAsync()
    {
        await blob.DisposeAsync();
        await queue.DisposeAsync();
        await table.DisposeAsync();
    }
}
