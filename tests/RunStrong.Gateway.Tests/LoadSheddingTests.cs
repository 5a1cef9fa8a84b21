using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using RunStrong.Contracts.Routes;
using RunStrong.Gateway.Hosting;
using static RunStrong.Gateway.Tests.Shedding;

namespace RunStrong.Gateway.Tests;

/// <summary>
/// Past the in-flight bound, tenant requests are refused at once with 503 + Retry-After; others pass. A request
/// let in that gets no answer within the proxy timeout is cut off with 503 + Retry-After too (not an upload or an
/// event stream); every refusal is counted by reason, without a tenant label.
/// </summary>
public sealed class LoadSheddingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_beyond_the_bound_are_shed_at_once_and_capacity_returns_when_requests_finish()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var shedding = Over(_ => release.Task, maxConcurrent: 2);
        using var shed = ShedCounter.Listen(shedding);

        var first = shedding.InvokeAsync(TenantRequest());
        var second = shedding.InvokeAsync(TenantRequest());
        var third = TenantRequest();
        await shedding.InvokeAsync(third);
        var admin = new DefaultHttpContext();
        var adminCall = shedding.InvokeAsync(admin);
        release.SetResult();
        await Task.WhenAll(first, second, adminCall);
        var afterwards = TenantRequest();
        await shedding.InvokeAsync(afterwards);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, third.Response.StatusCode);
        Assert.Equal("1", third.Response.Headers.RetryAfter.ToString());
        Assert.Equal(StatusCodes.Status200OK, admin.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, afterwards.Response.StatusCode);
        Assert.Equal(1, shed.Count("capacity"));
        Assert.Equal(0, shed.Count("latency") + shed.Count("timeout"));
        Assert.All(shed.LabelNames, name => Assert.Equal(SheddingMetrics.ReasonAttribute, name));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_request_without_an_answer_within_the_proxy_timeout_gets_503_with_retry_after_and_the_silo_call_is_cancelled()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var shedding = Over(async context =>
        {
            // What the proxy does: wait for the silo until the request is aborted, then report its own error.
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                cancelled.SetResult();
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
            }
        }, configure: s => s.ProxyTimeoutSeconds = 1);
        using var shed = ShedCounter.Listen(shedding);
        var request = TenantRequest(ApiRoutes.Athletes.PostRun);
        var clientToken = request.RequestAborted;

        var started = DateTime.UtcNow;
        await shedding.InvokeAsync(request);
        var took = DateTime.UtcNow - started;

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, request.Response.StatusCode);
        Assert.Equal(LoadShedding.RetryAfterSeconds, request.Response.Headers.RetryAfter.ToString());
        Assert.InRange(took, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
        Assert.Equal(clientToken, request.RequestAborted);
        Assert.Equal(1, shed.Count("timeout"));
        Assert.Equal(0, shedding.Limit.InFlight);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_wait_ended_by_the_timeout_is_answered_503_too()
    {
        // IdempotentRetry's backoff waits on RequestAborted and throws when it ends.
        var shedding = Over(context => Task.Delay(Timeout.Infinite, context.RequestAborted), configure: s => s.ProxyTimeoutSeconds = 1);
        var request = TenantRequest(ApiRoutes.Athletes.PostRun);

        await shedding.InvokeAsync(request);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, request.Response.StatusCode);
        Assert.Equal(LoadShedding.RetryAfterSeconds, request.Response.Headers.RetryAfter.ToString());
    }

    [Fact(Timeout = 30_000)]
    public async Task Uploads_and_event_streams_are_not_cut_off_by_the_proxy_timeout()
    {
        var shedding = Over(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5), context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status202Accepted;
        }, configure: s => s.ProxyTimeoutSeconds = 1);
        var upload = ApiRoutes.All.First(rule => rule.StreamsBody);
        var requests = new[] { TenantRequest(upload), TenantRequest(ApiRoutes.Challenges.GetLeaderboardEvents) };

        await Task.WhenAll(requests.Select(shedding.InvokeAsync));

        Assert.All(requests, request => Assert.Equal(StatusCodes.Status202Accepted, request.Response.StatusCode));
    }

    [Fact]
    public void Every_reason_is_recorded_from_zero_before_anything_is_shed()
    {
        var shedding = Over(_ => Task.CompletedTask);
        using var shed = ShedCounter.Listen(shedding, recordObservedZeroes: true);

        Assert.Equal(["capacity", "latency", "timeout"], shed.ReasonsSeen.Order(StringComparer.Ordinal));
    }

    /// <summary>Counts what the shed counter of one <see cref="Shedding"/> records, by reason, and which label names it used.</summary>
    private sealed class ShedCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
        private readonly HashSet<string> labelNames = new(StringComparer.Ordinal);

        private ShedCounter(Shedding shedding, bool recordObservedZeroes)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == SheddingMetrics.RequestsShed && instrument.Meter.Scope == shedding.MeterFactory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                lock (counts)
                {
                    foreach (var tag in tags)
                    {
                        labelNames.Add(tag.Key);
                        if (tag.Key == SheddingMetrics.ReasonAttribute && (value > 0 || recordObservedZeroes))
                        {
                            counts[(string)tag.Value!] = counts.GetValueOrDefault((string)tag.Value!) + value;
                        }
                    }
                }
            });
            listener.Start();
            if (recordObservedZeroes)
            {
                // The zeroes were recorded when the metrics were made, before this listener; record them again.
                _ = new SheddingMetrics(shedding.MeterFactory, shedding.Limit);
            }
        }

        public IEnumerable<string> LabelNames
        {
            get
            {
                lock (counts)
                {
                    return [.. labelNames];
                }
            }
        }

        public IEnumerable<string> ReasonsSeen
        {
            get
            {
                lock (counts)
                {
                    return [.. counts.Keys];
                }
            }
        }

        public static ShedCounter Listen(Shedding shedding, bool recordObservedZeroes = false) => new(shedding, recordObservedZeroes);

        public long Count(string reason)
        {
            lock (counts)
            {
                return counts.GetValueOrDefault(reason);
            }
        }

        public void Dispose() => listener.Dispose();
    }
}
