using System.Globalization;
using System.Net;

namespace RunStrong.Benchmarks.Platform;

/// <summary>
/// A minimal OTLP/HTTP receiver on loopback (<c>--tracing</c>): accepts every export (<c>POST /v1/traces</c>,
/// <c>/v1/metrics</c>, <c>/v1/logs</c>, protobuf), reads the body and answers 200 with an empty response
/// message, which is a valid <c>Export*ServiceResponse</c> (no partial rejection). The hosts thus run their real
/// export path, batching, serialization and the HTTP call included, against a collector that costs them nothing
/// more than a fast one would. It runs in the harness process, so its CPU counts as the load generator's.
/// </summary>
public sealed class OtlpSink : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private long traceExports;
    private long traceBytes;
    private long otherExports;

    private OtlpSink(int port)
    {
        Endpoint = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        listener.Prefixes.Add(Endpoint.ToString());
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The base address the hosts get as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (http/protobuf appends /v1/...).</summary>
    public Uri Endpoint { get; }

    public static OtlpSink Start() => new(FreePort.Pick());

    /// <summary>Environment that points a host's OTLP exporter (traces, metrics, logs) here.</summary>
    public IEnumerable<KeyValuePair<string, string>> ExporterEnvironment() =>
    [
        new("OTEL_EXPORTER_OTLP_ENDPOINT", Endpoint.ToString().TrimEnd('/')),
        new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
    ];

    /// <summary>What arrived so far: trace export calls and their bytes, other exports (metrics, logs).</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"OTLP received: {Interlocked.Read(ref traceExports)} trace exports ({Interlocked.Read(ref traceBytes) / 1024} KiB), {Interlocked.Read(ref otherExports)} metric/log exports");

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

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var read = 0L;
            var buffer = new byte[16 * 1024];
            int n;
            while ((n = await context.Request.InputStream.ReadAsync(buffer)) > 0)
            {
                read += n;
            }

            if (context.Request.Url?.AbsolutePath.EndsWith("/v1/traces", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref traceExports);
                Interlocked.Add(ref traceBytes, read);
            }
            else
            {
                Interlocked.Increment(ref otherExports);
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.ContentLength64 = 0;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // A host that stops mid-export: nothing to answer.
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }
}
