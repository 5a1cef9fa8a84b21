using System.Collections.Concurrent;
using System.IO.Compression;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Tracing;

/// <summary>
/// A minimal OTLP/HTTP collector on a loopback port: hosts given <see cref="Endpoint"/> as
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> with <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c> POST their spans to
/// <c>/v1/traces</c>, which it decodes and keeps; metrics and logs are accepted and ignored.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ReceivedSpan> spans = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly Task serving;

    private OtlpTraceReceiver(int port)
    {
        Endpoint = HostEnvironment.LoopbackUrl(port);
        listener.Prefixes.Add(Endpoint + "/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The base endpoint (<c>http://127.0.0.1:port</c>); exporters add <c>/v1/traces</c>.</summary>
    public string Endpoint { get; }

    /// <summary>Every span received so far.</summary>
    public IReadOnlyList<ReceivedSpan> Spans => [.. spans];

    /// <summary>Exports the receiver could not read: a test that sees any has not seen every span.</summary>
    public IReadOnlyList<string> Errors => [.. errors];

    public static OtlpTraceReceiver Start() => new(FreePort.Pick());

    /// <summary>The environment that makes a host export its telemetry here, quickly (batches every 100 ms).</summary>
    public IEnumerable<KeyValuePair<string, string>> Environment(string serviceName) =>
    [
        new("OTEL_EXPORTER_OTLP_ENDPOINT", Endpoint),
        new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        new("OTEL_BSP_SCHEDULE_DELAY", "100"),
        new("OTEL_SERVICE_NAME", serviceName),
    ];

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                if (context.Request.Url?.AbsolutePath == "/v1/traces")
                {
                    foreach (var span in ExportTraceRequestReader.Read(await BodyAsync(context.Request)))
                    {
                        spans.Enqueue(span);
                    }
                }

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.Enqueue($"{context.Request.Url}: {e}");
                context.Response.StatusCode = 400;
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private static async Task<byte[]> BodyAsync(HttpListenerRequest request)
    {
        using var body = new MemoryStream();
        var stream = string.Equals(request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(request.InputStream, CompressionMode.Decompress)
            : request.InputStream;
        await using (stream)
        {
            await stream.CopyToAsync(body);
        }

        return body.ToArray();
    }
}
