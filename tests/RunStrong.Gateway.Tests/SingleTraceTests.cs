using System.Collections.Concurrent;
using System.Diagnostics;
using static RunStrong.Gateway.Tests.Requests;

namespace RunStrong.Gateway.Tests;

/// <summary>One request through the gateway is one trace: gateway span, silo HTTP span, grain call, storage.</summary>
public sealed class SingleTraceTests(PlatformFixture fixture) : IDisposable
{
    private readonly ConcurrentQueue<Activity> finished = new();
    private readonly ActivityListener listener = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gateway_silo_grain_and_storage_spans_share_the_request_trace_id()
    {
        listener.ShouldListenTo = _ => true;
        listener.Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded;
        listener.ActivityStopped = finished.Enqueue;
        ActivitySource.AddActivityListener(listener);
        var tenant = await fixture.Platform.CreateTenantAsync();
        using var client = fixture.Platform.TenantClient(tenant.ApiKey);
        using var testSource = new ActivitySource("RunStrong.Tests");
        ActivityTraceId traceId;
        using (var caller = testSource.StartActivity("client request", ActivityKind.Client))
        {
            // The test's HttpClient propagates this span as traceparent, like any instrumented client would.
            traceId = caller!.TraceId;
            using var response = await client.PutAsJsonAsync(tenant.AthletePath($"traced-{Guid.NewGuid():N}"[..30]), Profile(), Cancel);
            response.EnsureSuccessStatusCode();
        }

        var spans = await WaitForSpansAsync(traceId);
        var servers = spans.Where(s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server).ToList();
        Assert.Equal(2, servers.Count);
        // The gateway's server span is the outer one; the silo's descends from it through the proxy's client span.
        var siloSpan = Assert.Single(servers, s => servers.Any(other => other != s && IsDescendant(s, other, spans)));
        var gatewaySpan = Assert.Single(servers, s => s != siloSpan);
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && IsDescendant(s, gatewaySpan, spans) && IsDescendant(siloSpan, s, spans));
        var grainCall = Assert.Single(spans, s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName.Contains("IAthleteGrain", StringComparison.Ordinal) && s.Kind == ActivityKind.Server);
        Assert.True(IsDescendant(grainCall, siloSpan, spans), "The grain call must descend from the silo's HTTP span.");
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.Orleans.Storage" && s.DisplayName == "write storage");
        Assert.Contains(spans, s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal));
    }

    private async Task<List<Activity>> WaitForSpansAsync(ActivityTraceId traceId)
    {
        // Server spans stop just after the response is written; give them a moment.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var spans = finished.Where(a => a.TraceId == traceId).ToList();
            if (spans.Count(s => s.Source.Name == "Microsoft.AspNetCore") >= 2 || DateTime.UtcNow > deadline)
            {
                return spans;
            }

            await Task.Delay(50, Cancel);
        }
    }

    private static bool IsDescendant(Activity span, Activity ancestor, List<Activity> spans)
    {
        for (var current = span; current is not null; current = spans.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose() => listener.Dispose();
}
