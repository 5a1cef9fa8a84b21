using System.Diagnostics;
using RunStrong.Contracts.Routes;
using RunStrong.ServiceDefaults;
using RunStrong.Testing.Processes;

namespace RunStrong.EndToEnd.Tests.Tracing;

/// <summary>
/// What the trace list shows on the real platform (two silos and the gateway as processes, on Azurite, exporting
/// OTLP/HTTP to a receiver in the test): an idle platform exports no trace of its own polling, and one API
/// request is one trace that holds the gateway, a silo and storage.
/// </summary>
public sealed class QuietTracesTests
{
    private const string GatewayService = "runstrong-gateway";
    private const string SiloService = "runstrong-silo";

    /// <summary>Startup's own work (tables created, the first membership rounds, discovery finding both silos).</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    /// <summary>Well past the hosts' batch delay (100 ms here), so every span of a period has arrived.</summary>
    private static readonly TimeSpan Flush = TimeSpan.FromSeconds(2);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ITestOutputHelper? Output => TestContext.Current.TestOutputHelper;

    [Fact]
    public async Task An_idle_platform_exports_no_polling_traces_and_one_request_is_one_whole_trace()
    {
        await using var receiver = OtlpTraceReceiver.Start();
        await using var cluster = await ProcessCluster.StartAsync(new ProcessClusterOptions
        {
            Silos = 2,
            SiloEnvironment = [.. receiver.Environment(SiloService)],
            GatewayEnvironment = [.. receiver.Environment(GatewayService)],
            Log = message => Output?.WriteLine(message),
        }, Cancel);

        await Task.Delay(Settle, Cancel);
        var startup = receiver.Spans.Count;
        var idleFrom = DateTimeOffset.UtcNow;
        await Task.Delay(Idle, Cancel);
        var idleUntil = DateTimeOffset.UtcNow;
        await Task.Delay(Flush, Cancel);

        // Idle, the hosts poll membership and reminders, discover and announce silos every second or few. None of
        // it may reach the exporter, except a root the sampler's processor kept because it failed or was slow
        // (then alone, tagged with why): that is the design, and on a loaded machine a storage poll can pass the
        // 1 s threshold, so such a root is listed, not failed on. Anything else exported while idle is a leak.
        var idle = receiver.Spans.Where(s => s.Start >= idleFrom && s.Start < idleUntil).ToList();
        var kept = idle.Where(s => s.IsRoot && s.Attributes.ContainsKey(SlowOrFailedRootProcessor.KeptTag)).ToList();
        var leaked = idle.Except(kept).ToList();
        Output?.WriteLine($"Spans exported during startup and settling: {startup}; during {Idle.TotalSeconds:F0} s idle: {idle.Count} ({kept.Count} kept as slow or failed).");
        Output?.WriteLine($"Startup's:{Environment.NewLine}{Summary(receiver.Spans.Where(s => s.Start < idleFrom))}");
        foreach (var span in kept)
        {
            Output?.WriteLine($"  kept: {span}");
        }

        Assert.True(leaked.Count == 0,
            $"{leaked.Count} span(s) exported by an idle platform ({leaked.Count(s => s.IsRoot)} roots); by name:{Environment.NewLine}{Summary(leaked)}");

        // A caller that decided not to sample (traceparent flag 00) is honoured by every host: nothing exported.
        using var admin = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = cluster.GatewayUri };
        admin.DefaultRequestHeaders.Add("X-Admin-Key", cluster.Secrets.AdminKey);
        var unsampledTrace = ActivityTraceId.CreateRandom().ToHexString();
        using (var listing = new HttpRequestMessage(HttpMethod.Get, ApiRoutes.Platform.Tenants))
        {
            listing.Headers.Add("traceparent", $"00-{unsampledTrace}-{ActivitySpanId.CreateRandom().ToHexString()}-00");
            using var listed = await admin.SendAsync(listing, Cancel);
            listed.EnsureSuccessStatusCode();
        }

        // One request that starts its trace at the gateway (this client sends no traceparent) and writes storage.
        var requestFrom = DateTimeOffset.UtcNow;
        var tenantId = $"trace-{Guid.NewGuid():N}"[..24];
        using (var created = await admin.PostAsJsonAsync(ApiRoutes.Platform.Tenants, new { id = tenantId, name = "Traced Gym", kind = "gym" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var trace = await WaitForRequestTraceAsync(receiver, requestFrom);
        var roots = RequestRoots(receiver, requestFrom);
        Output?.WriteLine($"The request's trace ({trace.Count} spans):{Environment.NewLine}{string.Join(Environment.NewLine, trace.Select(s => $"  {s}"))}");
        var root = Assert.Single(roots);
        Assert.Equal((GatewayService, SpanKind.Server), (root.ServiceName, root.Kind));
        Assert.Contains(trace, s => s.ServiceName == SiloService && s.Kind == SpanKind.Server && s.ScopeName == "Microsoft.AspNetCore");
        Assert.Contains(trace, s => s.ServiceName == SiloService && s.ScopeName == TelemetryNames.OrleansApplication);
        Assert.Contains(trace, s => s.ServiceName == SiloService && s.ScopeName.StartsWith("Azure.", StringComparison.Ordinal));
        // One connected trace: every span's parent is in it, so nothing hangs off a span that was not exported.
        var ids = trace.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        Assert.All(trace.Where(s => !s.IsRoot), s => Assert.True(ids.Contains(s.ParentSpanId), $"{s}'s parent was not exported."));
        Assert.DoesNotContain(receiver.Spans, s => s.TraceId == unsampledTrace);
        Assert.Empty(receiver.Errors);
    }

    /// <summary>Spans counted by host, kind, name and source, most frequent first.</summary>
    private static string Summary(IEnumerable<ReceivedSpan> spans) =>
        string.Join(Environment.NewLine, spans.GroupBy(s => $"{s.ServiceName} {s.Kind} '{s.Name}' ({s.ScopeName}){(s.IsRoot ? " root" : "")}{Kept(s)}")
            .OrderByDescending(g => g.Count()).Select(g => $"  {g.Count()} x {g.Key}"));

    private static string Kept(ReceivedSpan span) =>
        span.Attributes.TryGetValue(SlowOrFailedRootProcessor.KeptTag, out var why) ? $", kept: {why}" : "";

    /// <summary>The request's trace once the gateway's and the silo's server spans and a storage span have arrived (or 20 s passed).</summary>
    private static async Task<List<ReceivedSpan>> WaitForRequestTraceAsync(OtlpTraceReceiver receiver, DateTimeOffset requestFrom)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (RequestRoots(receiver, requestFrom).FirstOrDefault() is { } root)
            {
                var trace = receiver.Spans.Where(s => s.TraceId == root.TraceId).ToList();
                if (trace.Any(s => s.ServiceName == SiloService && s.Kind == SpanKind.Server) && trace.Any(s => s.ScopeName.StartsWith("Azure.", StringComparison.Ordinal)))
                {
                    break;
                }
            }

            await Task.Delay(100, Cancel);
        }

        await Task.Delay(Flush, Cancel);
        return RequestRoots(receiver, requestFrom).FirstOrDefault() is { } found
            ? [.. receiver.Spans.Where(s => s.TraceId == found.TraceId).OrderBy(s => s.Start)]
            : [];
    }

    /// <summary>Roots started since <paramref name="from"/> that are not background work kept as slow or failed.</summary>
    private static List<ReceivedSpan> RequestRoots(OtlpTraceReceiver receiver, DateTimeOffset from) =>
        [.. receiver.Spans.Where(s => s.IsRoot && s.Start >= from && !s.Attributes.ContainsKey(SlowOrFailedRootProcessor.KeptTag))];
}
