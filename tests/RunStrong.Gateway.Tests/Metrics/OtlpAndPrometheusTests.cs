using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Tests.Metrics;

/// <summary>
/// Adding the Prometheus exporter leaves OTLP as it was: a host given <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> still
/// pushes RunStrong's instruments there, to a real OTLP/HTTP receiver on loopback.
/// </summary>
/// <remarks>
/// Neither the host nor the receiver runs Kestrel: in this process, disposing a second ASP.NET Core host would
/// dispose its ASP.NET Core meters, and OpenTelemetry then drops those metric streams for the shared platform's
/// hosts too (they listen to every meter of that name in the process). HttpListener and a generic host own none.
/// </remarks>
[Collection(nameof(MetricsRunAlone))]
public sealed class OtlpAndPrometheusTests
{
    private const string Probe = "runstrong.test.export_probe";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_host_with_an_OTLP_endpoint_exports_RunStrong_metrics_there_beside_the_Prometheus_exporter()
    {
        var endpoint = $"http://127.0.0.1:{FreePort()}/";
        using var receiver = new HttpListener();
        receiver.Prefixes.Add(endpoint);
        receiver.Start();
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        var receiving = ReceiveAsync(receiver, received);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint.TrimEnd('/');
        builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        builder.Configuration["OTEL_METRIC_EXPORT_INTERVAL"] = "200";
        builder.Logging.ClearProviders();
        builder.AddServiceDefaults();
        using var host = builder.Build();
        await host.StartAsync(Cancel);
        var meter = host.Services.GetRequiredService<IMeterFactory>().Create(TelemetryNames.RunStrong);
        meter.CreateCounter<long>(Probe, "{probe}", "A counter the export test adds to.").Add(7);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!received.Any(IsProbeExport) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Cancel);
        }

        await host.StopAsync(Cancel);
        receiver.Stop();
        await receiving;
        Assert.True(received.Any(IsProbeExport), $"No OTLP metrics export carried {Probe}; received: {string.Join(", ", received.Select(r => $"{r.Path} ({r.Body.Length} B)"))}");
    }

    private static bool IsProbeExport((string Path, byte[] Body) request) =>
        request.Path == "/v1/metrics" && request.Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Probe)) >= 0;

    /// <summary>Answers every OTLP/HTTP export with 200 and keeps its path and (protobuf) body.</summary>
    private static async Task ReceiveAsync(HttpListener listener, ConcurrentQueue<(string Path, byte[] Body)> received)
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

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            received.Enqueue((context.Request.Url?.AbsolutePath ?? "", body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
