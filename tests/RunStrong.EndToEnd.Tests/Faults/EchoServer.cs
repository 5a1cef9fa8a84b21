using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace RunStrong.EndToEnd.Tests.Faults;

/// <summary>How a connection to <see cref="EchoServer"/> ended, seen from the server.</summary>
internal enum ConnectionEnd
{
    Closed,
    Reset,
}

/// <summary>
/// A loopback TCP server that sends back what it receives, for the proxy tests. Optionally it closes (FIN) or
/// resets (RST) a connection after its first read; it reports how each connection ended.
/// </summary>
internal sealed class EchoServer : IAsyncDisposable
{
    private readonly Socket listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource stopping = new();
    private readonly Channel<ConnectionEnd> endings = Channel.CreateUnbounded<ConnectionEnd>();
    private readonly bool closeAfterFirstRead;
    private readonly bool resetAfterFirstRead;
    private readonly Task accepting;

    private EchoServer(bool closeAfterFirstRead, bool resetAfterFirstRead)
    {
        this.closeAfterFirstRead = closeAfterFirstRead;
        this.resetAfterFirstRead = resetAfterFirstRead;
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(64);
        EndPoint = (IPEndPoint)listener.LocalEndPoint!;
        accepting = Task.Run(AcceptAsync);
    }

    public IPEndPoint EndPoint { get; }

    public static EchoServer Start(bool closeAfterFirstRead = false, bool resetAfterFirstRead = false) => new(closeAfterFirstRead, resetAfterFirstRead);

    /// <summary>How the next connection to end ended.</summary>
    public async Task<ConnectionEnd> NextConnectionEndAsync() => await endings.Reader.ReadAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Dispose();
        await accepting;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket connection;
            try
            {
                connection = await listener.AcceptAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => EchoAsync(connection));
        }
    }

    private async Task EchoAsync(Socket connection)
    {
        using var _ = connection;
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await connection.ReceiveAsync(buffer, stopping.Token)) > 0)
            {
                await connection.SendAsync(buffer.AsMemory(0, read), stopping.Token);
                if (resetAfterFirstRead)
                {
                    connection.LingerState = new LingerOption(true, 0);
                    endings.Writer.TryWrite(ConnectionEnd.Reset);
                    return;
                }

                if (closeAfterFirstRead)
                {
                    break;
                }
            }

            connection.Shutdown(SocketShutdown.Send);
            endings.Writer.TryWrite(ConnectionEnd.Closed);
        }
        catch (SocketException)
        {
            endings.Writer.TryWrite(ConnectionEnd.Reset);
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
    }
}
