using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Tests.Tracing;

/// <summary>
/// The sampler and <see cref="SlowOrFailedRootProcessor"/> in a real tracer provider, in the order the hosts
/// register them, with an exporter that keeps what it is given: what reaches the exporter is what a collector gets.
/// </summary>
[Collection(nameof(TracePipelineTests))]
public sealed class TracePipelineTests : IDisposable
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    private readonly ActivitySource source = new($"RunStrong.Tests.Tracing.{Guid.NewGuid():N}");
    private readonly ConcurrentQueue<Activity> exported = new();
    private readonly TracerProvider provider;

    public TracePipelineTests() : this(1.0)
    {
    }

    private TracePipelineTests(double ratio)
    {
        provider = Sdk.CreateTracerProviderBuilder()
            .AddSource(source.Name)
            .SetSampler(new RequestTraceSampler(ratio))
            .AddProcessor(new SlowOrFailedRootProcessor(Slow))
            .AddProcessor(new SimpleActivityExportProcessor(new KeepingExporter(exported)))
            .Build()!;
    }

    [Fact]
    public void Background_work_that_ends_well_and_in_time_exports_nothing()
    {
        using (var poll = source.StartActivity("TableClient.Query"))
        {
            Assert.NotNull(poll);
            using var http = source.StartActivity("GET", ActivityKind.Client);
            Assert.Null(http);
        }

        Assert.Empty(exported);
    }

    [Fact]
    public void Failed_background_work_exports_its_root_alone_tagged_error()
    {
        using (var poll = source.StartActivity("TableClient.Query"))
        {
            using (source.StartActivity("GET", ActivityKind.Client))
            {
            }

            poll!.SetStatus(ActivityStatusCode.Error, "503");
        }

        var span = Assert.Single(exported);
        Assert.Equal(("TableClient.Query", "error"), (span.DisplayName, span.GetTagItem(SlowOrFailedRootProcessor.KeptTag)));
    }

    [Fact]
    public void Background_work_failed_by_the_older_status_tag_is_kept_too()
    {
        using (var poll = source.StartActivity("BlobClient.Upload"))
        {
            poll!.SetTag("otel.status_code", "ERROR");
        }

        Assert.Equal("error", Assert.Single(exported).GetTagItem(SlowOrFailedRootProcessor.KeptTag));
    }

    [Fact]
    public void Slow_background_work_exports_its_root_alone_tagged_slow()
    {
        using (var flush = source.StartActivity("write storage"))
        {
            flush!.SetEndTime(flush.StartTimeUtc + Slow + TimeSpan.FromMilliseconds(1));
        }

        using (var quick = source.StartActivity("write storage"))
        {
            quick!.SetEndTime(quick.StartTimeUtc + Slow);
        }

        var span = Assert.Single(exported);
        Assert.Equal("slow", span.GetTagItem(SlowOrFailedRootProcessor.KeptTag));
    }

    [Fact]
    public void A_long_poll_in_an_expected_wait_is_kept_only_when_it_fails()
    {
        using (ExpectedWait.Begin())
        {
            using (var waited = source.StartActivity("IChallengeGrain/NextLeaderboard", ActivityKind.Client))
            {
                waited!.SetEndTime(waited.StartTimeUtc + TimeSpan.FromSeconds(10));
            }

            using var failed = source.StartActivity("IChallengeGrain/NextLeaderboard", ActivityKind.Client);
            failed!.SetStatus(ActivityStatusCode.Error);
        }

        Assert.Equal("error", Assert.Single(exported).GetTagItem(SlowOrFailedRootProcessor.KeptTag));
    }

    [Fact]
    public void A_request_exports_its_whole_trace_untagged()
    {
        using (var request = source.StartActivity(RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server))
        {
            using (source.StartActivity("IAthleteGrain/Save", ActivityKind.Client))
            {
                using (source.StartActivity("TableClient.UpsertEntity"))
                {
                }
            }

            request!.SetEndTime(request.StartTimeUtc + TimeSpan.FromSeconds(3));
        }

        Assert.Equal(3, exported.Count);
        Assert.Single(exported.Select(s => s.TraceId).Distinct());
        Assert.All(exported, s => Assert.Null(s.GetTagItem(SlowOrFailedRootProcessor.KeptTag)));
    }

    [Fact]
    public void A_request_the_ratio_passed_over_is_kept_alone_when_it_fails_not_when_it_is_long()
    {
        using var sampledOut = new TracePipelineTests(0.0);
        using (var request = sampledOut.source.StartActivity(RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server))
        {
            Assert.Null(sampledOut.source.StartActivity("HTTP POST", ActivityKind.Client));
            request!.SetStatus(ActivityStatusCode.Error);
        }

        using (var stream = sampledOut.source.StartActivity(RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server))
        {
            // An event stream lasts minutes by design; request latency is for the HTTP duration metrics.
            stream!.SetEndTime(stream.StartTimeUtc + TimeSpan.FromMinutes(5));
        }

        Assert.Equal("error", Assert.Single(sampledOut.exported).GetTagItem(SlowOrFailedRootProcessor.KeptTag));
    }

    public void Dispose()
    {
        provider.Dispose();
        source.Dispose();
    }

    private sealed class KeepingExporter(ConcurrentQueue<Activity> kept) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var activity in batch)
            {
                kept.Enqueue(activity);
            }

            return ExportResult.Success;
        }
    }
}

/// <summary>
/// Alone, after the parallel tests: a test that listens to every activity source with "record all"
/// (<see cref="SingleTraceTests"/>) would mark these spans sampled and blur what the pipeline decided.
/// </summary>
[CollectionDefinition(nameof(TracePipelineTests), DisableParallelization = true)]
public sealed class TracePipelineRunsAlone;
