using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RunStrong.Testing.Network;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>
/// The slow-storage proxy on real loopback sockets against a small echo server: it adds the delay once per
/// request (not per chunk), delays concurrent connections side by side, keeps every byte in order, and
/// passes closes and resets on in both directions. Upper bounds leave room for a loaded machine: the
/// mistakes they catch (a delay per chunk, connections delayed one after another) cost seconds.
/// </summary>
public sealed class DelayingTcpProxyTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 30_000)]
    public async Task A_request_in_many_chunks_costs_the_delay_once_and_arrives_byte_exact()
    {
        await using var echo = EchoServer.Start();
        await using var proxy = DelayingTcpProxy.Start(echo.EndPoint);
        using var client = await ConnectAsync(proxy);
        var payload = new byte[1_000_000];
        new Random(42).NextBytes(payload);

        await RoundTripAsync(client, payload[..1000]);
        proxy.Delay = Delay;
        var started = Stopwatch.GetTimestamp();
        var sending = Task.Run(async () =>
        {
            for (var offset = 0; offset < payload.Length; offset += 10_000)
            {
                await client.SendAsync(payload.AsMemory(offset, 10_000), Cancel);
            }
        }, Cancel);
        var echoed = await ReceiveExactlyAsync(client, payload.Length);
        await sending;
        var slow = Stopwatch.GetElapsedTime(started);

        Assert.Equal(payload, echoed);
        // One delay for 100 chunks (a delay per chunk would take 20 s).
        Assert.InRange(slow, Delay, Delay + TimeSpan.FromSeconds(1));
    }

    [Fact(Timeout = 30_000)]
    public async Task Concurrent_connections_are_delayed_side_by_side()
    {
        await using var echo = EchoServer.Start();
        await using var proxy = DelayingTcpProxy.Start(echo.EndPoint);
        proxy.Delay = Delay;
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ConnectAsync(proxy)));
        try
        {
            var started = Stopwatch.GetTimestamp();
            var trips = await Task.WhenAll(clients.Select((c, i) => RoundTripAsync(c, [(byte)i, 1, 2, 3])));
            var all = Stopwatch.GetElapsedTime(started);

            Assert.All(trips, trip => Assert.True(trip >= Delay, $"A round trip took {trip.TotalMilliseconds:F0} ms."));
            // One after another would take 20 delays (4 s).
            Assert.True(all < Delay * 10, $"20 concurrent round trips took {all.TotalMilliseconds:F0} ms: delayed one after another.");
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task The_delay_changes_while_a_connection_is_open()
    {
        await using var echo = EchoServer.Start();
        await using var proxy = DelayingTcpProxy.Start(echo.EndPoint);
        using var client = await ConnectAsync(proxy);

        await RoundTripAsync(client, [0]);
        var before = await RoundTripAsync(client, [1]);
        proxy.Delay = Delay;
        var during = await RoundTripAsync(client, [2]);
        proxy.Delay = TimeSpan.Zero;
        var after = await RoundTripAsync(client, [3]);

        Assert.True(before < Delay, $"before: {before.TotalMilliseconds:F0} ms");
        Assert.InRange(during, Delay, Delay + TimeSpan.FromSeconds(1));
        Assert.True(after < Delay, $"after: {after.TotalMilliseconds:F0} ms");
    }

    [Fact(Timeout = 30_000)]
    public async Task A_close_by_the_client_reaches_the_server_after_the_held_bytes_and_the_answer_still_comes_back()
    {
        await using var echo = EchoServer.Start();
        await using var proxy = DelayingTcpProxy.Start(echo.EndPoint);
        proxy.Delay = Delay;
        using var client = await ConnectAsync(proxy);

        await client.SendAsync(new byte[] { 9, 8, 7 }, Cancel);
        client.Shutdown(SocketShutdown.Send);
        // The echo server answers what it got, then closes when it sees our FIN: we read the bytes, then EOF.
        var echoed = await ReceiveToEndAsync(client);

        Assert.Equal([9, 8, 7], echoed);
        await WaitUntilAsync(() => proxy.OpenConnections == 0);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_close_by_the_server_reaches_the_client()
    {
        await using var server = EchoServer.Start(closeAfterFirstRead: true);
        await using var proxy = DelayingTcpProxy.Start(server.EndPoint);
        using var client = await ConnectAsync(proxy);

        await client.SendAsync(new byte[] { 5 }, Cancel);
        var echoed = await ReceiveToEndAsync(client);
        // The server's FIN came through; the client's side stays open until it closes it too.
        Assert.Equal(1, proxy.OpenConnections);
        client.Shutdown(SocketShutdown.Send);

        Assert.Equal([5], echoed);
        await WaitUntilAsync(() => proxy.OpenConnections == 0);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_reset_by_the_client_resets_the_server_side()
    {
        await using var echo = EchoServer.Start();
        await using var proxy = DelayingTcpProxy.Start(echo.EndPoint);
        var client = await ConnectAsync(proxy);
        await RoundTripAsync(client, [1]);

        client.LingerState = new LingerOption(true, 0);
        client.Dispose();

        var ending = await echo.NextConnectionEndAsync();
        Assert.Equal(ConnectionEnd.Reset, ending);
        await WaitUntilAsync(() => proxy.OpenConnections == 0);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_reset_by_the_server_resets_the_client()
    {
        await using var server = EchoServer.Start(resetAfterFirstRead: true);
        await using var proxy = DelayingTcpProxy.Start(server.EndPoint);
        using var client = await ConnectAsync(proxy);

        await client.SendAsync(new byte[] { 1 }, Cancel);
        var buffer = new byte[16];
        var error = await Assert.ThrowsAsync<SocketException>(async () =>
        {
            while (await client.ReceiveAsync(buffer, Cancel) > 0)
            {
            }
        });

        Assert.Equal(SocketError.ConnectionReset, error.SocketErrorCode);
        await WaitUntilAsync(() => proxy.OpenConnections == 0);
    }

    [Fact(Timeout = 30_000)]
    public async Task Disposing_ends_open_connections_and_frees_the_port()
    {
        await using var echo = EchoServer.Start();
        var proxy = DelayingTcpProxy.Start(echo.EndPoint);
        proxy.Delay = TimeSpan.FromSeconds(30);
        using var client = await ConnectAsync(proxy);
        await client.SendAsync(new byte[] { 1 }, Cancel);

        var disposing = Stopwatch.GetTimestamp();
        await proxy.DisposeAsync();
        var took = Stopwatch.GetElapsedTime(disposing);

        Assert.True(took < TimeSpan.FromSeconds(2), $"Disposing took {took.TotalMilliseconds:F0} ms with a chunk held for 30 s.");
        Assert.Equal(0, proxy.OpenConnections);
        var buffer = new byte[16];
        await Assert.ThrowsAnyAsync<SocketException>(async () =>
        {
            // The held chunk is never delivered: the client sees its connection end (reset), not an echo.
            if (await client.ReceiveAsync(buffer, Cancel) == 0)
            {
                throw new SocketException((int)SocketError.ConnectionReset);
            }
        });
        using var again = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Assert.ThrowsAsync<SocketException>(async () => await again.ConnectAsync(new IPEndPoint(IPAddress.Loopback, proxy.Port), Cancel));
    }

    private static async Task<Socket> ConnectAsync(DelayingTcpProxy proxy)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, proxy.Port), Cancel);
        return socket;
    }

    private static async Task<TimeSpan> RoundTripAsync(Socket client, byte[] message)
    {
        var started = Stopwatch.GetTimestamp();
        await client.SendAsync(message, Cancel);
        var echoed = await ReceiveExactlyAsync(client, message.Length);
        var took = Stopwatch.GetElapsedTime(started);
        Assert.Equal(message, echoed);
        return took;
    }

    private static async Task<byte[]> ReceiveExactlyAsync(Socket client, int length)
    {
        var buffer = new byte[length];
        var received = 0;
        while (received < length)
        {
            var read = await client.ReceiveAsync(buffer.AsMemory(received), Cancel);
            Assert.True(read > 0, $"The connection ended after {received} of {length} bytes.");
            received += read;
        }

        return buffer;
    }

    private static async Task<byte[]> ReceiveToEndAsync(Socket client)
    {
        using var all = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await client.ReceiveAsync(buffer, Cancel)) > 0)
        {
            all.Write(buffer, 0, read);
        }

        return all.ToArray();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.GetTimestamp() + (5 * Stopwatch.Frequency);
        while (!condition())
        {
            Assert.True(Stopwatch.GetTimestamp() < deadline, "The condition did not hold within 5 s.");
            await Task.Delay(20, Cancel);
        }
    }
}
