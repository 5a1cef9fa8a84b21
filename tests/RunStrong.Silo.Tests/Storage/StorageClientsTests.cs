using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure;
using RunStrong.Silo.Http;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests.Storage;

/// <summary>
/// The silo's storage clients against endpoints on loopback that fail as storage does: one that accepts
/// connections and never answers (a frozen or black-holed account), one that refuses them (storage restarting).
/// A call gives up within its network timeout and retries, the circuit then refuses the rest at once, and the
/// first answer closes it again.
/// </summary>
public sealed class StorageClientsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Storage_that_never_answers_fails_the_first_call_within_its_timeouts_and_refuses_the_next_at_once()
    {
        using var silent = new SilentEndpoint();
        var storage = new StorageClients(silent.ConnectionString, new StorageCircuit(TimeProvider.System));
        var container = storage.Blobs.GetBlobContainerClient("athletes");

        var first = Stopwatch.StartNew();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => container.ExistsAsync(Cancel));
        first.Stop();
        Assert.True(StorageUnavailableExceptionHandler.IsUnreachable(error), $"Not recognised as unreachable storage: {error}");
        Assert.True(storage.Circuit.IsOpen);
        // Two attempts time out (opening the circuit), the third is refused: about 2 x 3 s plus a backoff.
        Assert.InRange(first.Elapsed, StorageClients.StateNetworkTimeout * 2, StorageClients.StateNetworkTimeout * 3);

        // The traffic counts the two attempts sent, unanswered; the refused one was never sent.
        var sent = Assert.Single(storage.Traffic.Snapshot());
        Assert.Equal((StorageTraffic.Blob, false, 2L), (sent.Service, sent.Answered, sent.Requests));

        var next = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<Exception>(() => storage.Tables.GetTableClient("tenants").GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("p", "r", cancellationToken: Cancel));
        Assert.True(next.Elapsed < TimeSpan.FromSeconds(1), $"A call while the circuit is open took {next.Elapsed}.");

        // Storage answers again (any HTTP answer, even an error): the next probe closes the circuit.
        silent.StartAnswering();
        await Task.Delay(StorageCircuit.ProbeInterval, Cancel);
        var answered = await Assert.ThrowsAsync<RequestFailedException>(() => container.ExistsAsync(Cancel));
        Assert.Equal(400, answered.Status);
        Assert.False(storage.Circuit.IsOpen);
    }

    [Fact]
    public async Task Storage_that_refuses_connections_opens_the_circuit_after_two_attempts()
    {
        int port;
        using (var closed = new TcpListener(IPAddress.Loopback, 0))
        {
            closed.Start();
            port = ((IPEndPoint)closed.LocalEndpoint).Port;
        }

        var storage = new StorageClients(SilentEndpoint.ConnectionStringFor(port), new StorageCircuit(TimeProvider.System));
        var elapsed = Stopwatch.StartNew();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => storage.Blobs.GetBlobContainerClient("athletes").ExistsAsync(Cancel));
        Assert.True(StorageUnavailableExceptionHandler.IsUnreachable(error), $"Not recognised as unreachable storage: {error}");
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(2), $"Refused connections took {elapsed.Elapsed} to give up.");
        Assert.Equal(1, storage.Circuit.TimesOpened);
    }

    [Fact]
    public void Unreachable_storage_is_recognised_however_it_arrives()
    {
        Assert.True(StorageUnavailableExceptionHandler.IsUnreachable(new StorageUnavailableException()));
        Assert.True(StorageUnavailableExceptionHandler.IsUnreachable(new InvalidOperationException("grain call", new RequestFailedException("no response"))));
        Assert.True(StorageUnavailableExceptionHandler.IsUnreachable(new AggregateException(new StorageUnavailableException())));
        Assert.False(StorageUnavailableExceptionHandler.IsUnreachable(new RequestFailedException(409, "conflict")));
        Assert.False(StorageUnavailableExceptionHandler.IsUnreachable(new InvalidOperationException("a bug")));
    }

    /// <summary>A TCP endpoint that accepts connections and reads requests but answers nothing until told to; then every request gets a 400.</summary>
    private sealed class SilentEndpoint : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly List<TcpClient> connections = [];
        private volatile bool answering;

        public SilentEndpoint()
        {
            listener.Start();
            _ = AcceptAsync();
        }

        public string ConnectionString => ConnectionStringFor(((IPEndPoint)listener.LocalEndpoint).Port);

        /// <summary>Azurite's well-known development account, at <paramref name="port"/> for blobs and tables alike.</summary>
        public static string ConnectionStringFor(int port) =>
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

        public void StartAnswering() => answering = true;

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
            lock (connections)
            {
                connections.ForEach(c => c.Dispose());
            }

            stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(stop.Token);
                    lock (connections)
                    {
                        connections.Add(client);
                    }

                    _ = ServeAsync(client);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            var buffer = new byte[16 * 1024];
            try
            {
                var stream = client.GetStream();
                while (await stream.ReadAsync(buffer, stop.Token) > 0)
                {
                    if (answering)
                    {
                        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"), stop.Token);
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The client gave up or the endpoint stopped.
            }
        }
    }
}
