using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace RunStrong.Testing.Network;

/// <summary>
/// A TCP proxy on a loopback port of its own that forwards every connection to <see cref="Target"/> and holds
/// each chunk sent towards the target for <see cref="Delay"/> before passing it on: slow storage without a
/// network namespace. A chunk is stamped when it arrives and released at arrival + delay, in order, so a
/// request costs one delay however many chunks it comes in, and calls on different connections are delayed
/// side by side rather than one after the other. Answers pass back undelayed, so a call's round trip grows by
/// exactly <see cref="Delay"/>. The delay can change while connections are open (0 in normal operation);
/// chunks already held keep the release time they were given.
/// Memory is bounded: each direction of a connection holds at most <see cref="HeldChunks"/> chunks of at most
/// <see cref="ChunkBytes"/>; a sender beyond that waits, as it would on a slow link. A connection closed
/// (FIN) by one side is half-closed towards the other after the held data; a reset on either side resets the other.
/// </summary>
public sealed class DelayingTcpProxy : IAsyncDisposable
{
    public const int ChunkBytes = 16 * 1024;
    public const int HeldChunks = 64;

    private readonly Socket listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock connectionsLock = new();
    private readonly HashSet<Connection> connections = [];
    private readonly Task accepting;
    private long delayTicks;
    private int disposed;

    /// <summary>Accepted connections still being set up or forwarded: disposal waits for each to end.</summary>
    private readonly ConcurrentDictionary<Task, byte> forwarding = new();

    private DelayingTcpProxy(IPEndPoint target)
    {
        Target = target;
        listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(512);
        Port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        accepting = Task.Run(AcceptAsync);
    }

    /// <summary>Where connections are forwarded.</summary>
    public IPEndPoint Target { get; }

    /// <summary>The loopback port the proxy listens on.</summary>
    public int Port { get; }

    /// <summary>How long a chunk sent towards the target is held; takes effect for chunks arriving from now on.</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref delayTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Interlocked.Exchange(ref delayTicks, value.Ticks);
        }
    }

    /// <summary>Connections open now (both directions not yet finished).</summary>
    public int OpenConnections
    {
        get
        {
            lock (connectionsLock)
            {
                return connections.Count;
            }
        }
    }

    /// <summary>Starts forwarding a loopback port of its own to <paramref name="target"/>, with no delay.</summary>
    public static DelayingTcpProxy Start(IPEndPoint target) => new(target);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        listener.Dispose();
        await accepting;
        List<Connection> open;
        lock (connectionsLock)
        {
            open = [.. connections];
        }

        foreach (var connection in open)
        {
            connection.Abort();
        }

        await Task.WhenAll(open.Select(c => c.Completion));

        // A connection accepted just before the stop may have been registered after the copy above; it aborts itself
        // on seeing the stop. Waiting for every forwarding task means none is open once disposal returns.
        await Task.WhenAll(forwarding.Keys);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException && stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                // A client that reset before it was accepted: nothing to forward.
                continue;
            }

            var forward = ForwardAsync(client);
            forwarding.TryAdd(forward, 0);
            _ = forward.ContinueWith(done => forwarding.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await server.ConnectAsync(Target, stopping.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            // The target is down: the client sees its connection reset, as it would connecting to the target.
            Connection.Reset(client);
            server.Dispose();
            return;
        }

        var connection = new Connection(this, client, server);
        lock (connectionsLock)
        {
            connections.Add(connection);
        }

        if (stopping.IsCancellationRequested)
        {
            connection.Abort();
        }

        await connection.Completion;
        lock (connectionsLock)
        {
            connections.Remove(connection);
        }
    }

    /// <summary>One proxied connection: two pumps, towards the target (delayed) and back (not delayed).</summary>
    private sealed class Connection
    {
        private readonly Socket client;
        private readonly Socket server;
        private readonly CancellationTokenSource aborted;
        private int resetOnce;

        public Connection(DelayingTcpProxy proxy, Socket client, Socket server)
        {
            this.client = client;
            this.server = server;
            aborted = CancellationTokenSource.CreateLinkedTokenSource(proxy.stopping.Token);
            Completion = RunAsync(proxy);
        }

        public Task Completion { get; }

        public void Abort()
        {
            try
            {
                aborted.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already finished.
            }
        }

        /// <summary>Closes with RST rather than FIN: the peer sees its connection reset.</summary>
        public static void Reset(Socket socket)
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Already closed: disposing is all that is left.
            }

            socket.Dispose();
        }

        private async Task RunAsync(DelayingTcpProxy proxy)
        {
            var towardsTarget = PumpAsync(client, server, () => proxy.Delay);
            var back = PumpAsync(server, client, () => TimeSpan.Zero);
            // Each direction ends on its own (a half-close leaves the other open); a reset in either ends both.
            if (!(await towardsTarget & await back))
            {
                ResetBoth();
            }

            client.Dispose();
            server.Dispose();
            aborted.Dispose();
        }

        private void ResetBoth()
        {
            if (Interlocked.Exchange(ref resetOnce, 1) == 0)
            {
                Abort();
                Reset(client);
                Reset(server);
            }
        }

        /// <summary>
        /// Reads from <paramref name="from"/> and writes to <paramref name="to"/>, each chunk no earlier than its
        /// arrival plus the delay then in force. True when <paramref name="from"/> ended with FIN (passed on as a
        /// half-close); false on a reset, an error or an abort (then the whole connection is reset).
        /// </summary>
        private async Task<bool> PumpAsync(Socket from, Socket to, Func<TimeSpan> delay)
        {
            var held = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(HeldChunks) { SingleReader = true, SingleWriter = true });
            var writing = WriteAsync(held.Reader, to);
            var cleanEnd = false;
            try
            {
                while (true)
                {
                    var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                    int read;
                    try
                    {
                        read = await from.ReceiveAsync(buffer.AsMemory(0, ChunkBytes), SocketFlags.None, aborted.Token);
                    }
                    catch
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        throw;
                    }

                    var releaseAt = Stopwatch.GetTimestamp() + (long)(delay().TotalSeconds * Stopwatch.Frequency);
                    if (read == 0)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        await held.Writer.WriteAsync(new Chunk(null, 0, releaseAt), aborted.Token);
                        cleanEnd = true;
                        break;
                    }

                    await held.Writer.WriteAsync(new Chunk(buffer, read, releaseAt), aborted.Token);
                }
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException or ChannelClosedException)
            {
                // A reset or an abort: the connection is reset below.
            }
            finally
            {
                held.Writer.TryComplete();
            }

            var written = await writing;
            if (!cleanEnd || !written)
            {
                ResetBoth();
                Drain(held.Reader);
                return false;
            }

            return true;
        }

        private async Task<bool> WriteAsync(ChannelReader<Chunk> held, Socket to)
        {
            try
            {
                await foreach (var chunk in held.ReadAllAsync(aborted.Token))
                {
                    // Timers may fire up to a millisecond early (they round to their tick): wait again until the release time has truly passed.
                    for (var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), chunk.ReleaseAt);
                         wait > TimeSpan.Zero;
                         wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), chunk.ReleaseAt))
                    {
                        await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, aborted.Token);
                    }

                    if (chunk.Buffer is null)
                    {
                        to.Shutdown(SocketShutdown.Send);
                        return true;
                    }

                    try
                    {
                        var sent = 0;
                        while (sent < chunk.Length)
                        {
                            sent += await to.SendAsync(chunk.Buffer.AsMemory(sent, chunk.Length - sent), SocketFlags.None, aborted.Token);
                        }
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(chunk.Buffer);
                    }
                }

                // Completed without an end marker: the reading side failed.
                return false;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                Abort();
                return false;
            }
        }

        private static void Drain(ChannelReader<Chunk> held)
        {
            while (held.TryRead(out var chunk))
            {
                if (chunk.Buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(chunk.Buffer);
                }
            }
        }
    }

    /// <summary>Bytes read in one receive (a null buffer marks the sender's FIN) and when they may be passed on.</summary>
    private readonly record struct Chunk(byte[]? Buffer, int Length, long ReleaseAt);
}
