using System.Diagnostics;
using OpenTelemetry.Trace;
using RunStrong.ServiceDefaults;

namespace RunStrong.Gateway.Tests.Tracing;

/// <summary>The sampler's decisions, span by span: which spans start an exported trace, which follow their parent.</summary>
public sealed class RequestTraceSamplerTests
{
    [Theory]
    [InlineData("TableClient.Query", ActivityKind.Internal)]
    [InlineData("BlobClient.Upload", ActivityKind.Internal)]
    [InlineData("Orleans.Runtime.IManagementGrain/GetHosts", ActivityKind.Client)]
    [InlineData("GET", ActivityKind.Client)]
    [InlineData("Orleans.IRemindable/ReceiveReminder", ActivityKind.Server)]
    [InlineData("write storage", ActivityKind.Internal)]
    public void A_root_that_is_not_an_incoming_request_is_recorded_but_not_sampled(string name, ActivityKind kind) =>
        Assert.Equal(SamplingDecision.RecordOnly, Decide(new RequestTraceSampler(1.0), default, name, kind).Decision);

    [Theory]
    [InlineData(RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server)]
    [InlineData("orders process", ActivityKind.Consumer)]
    public void An_incoming_request_root_is_sampled(string name, ActivityKind kind) =>
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(new RequestTraceSampler(1.0), default, name, kind).Decision);

    [Fact]
    public void A_request_root_the_ratio_passes_over_is_recorded_so_it_can_still_be_kept_if_it_fails() =>
        Assert.Equal(SamplingDecision.RecordOnly, Decide(new RequestTraceSampler(0.0), default, RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server).Decision);

    [Fact]
    public void The_ratio_samples_that_share_of_request_roots_by_trace_id()
    {
        var sampler = new RequestTraceSampler(0.25);
        var sampled = Enumerable.Range(0, 4000)
            .Count(_ => Decide(sampler, default, RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server).Decision == SamplingDecision.RecordAndSample);
        Assert.InRange(sampled, 800, 1200);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_span_under_a_sampled_parent_is_sampled_whatever_the_ratio(bool remote)
    {
        var parent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: remote);
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(new RequestTraceSampler(0.0), parent, "TableClient.Query", ActivityKind.Internal).Decision);
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(new RequestTraceSampler(0.0), parent, RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server).Decision);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_span_under_an_unsampled_parent_is_dropped_even_an_incoming_request(bool remote)
    {
        // Locally: the children of background work. Remotely: a caller's traceparent with the sampled flag off.
        var parent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.None, isRemote: remote);
        Assert.Equal(SamplingDecision.Drop, Decide(new RequestTraceSampler(1.0), parent, "HTTP GET", ActivityKind.Client).Decision);
        Assert.Equal(SamplingDecision.Drop, Decide(new RequestTraceSampler(1.0), parent, RequestTraceSampler.AspNetCoreRequestActivity, ActivityKind.Server).Decision);
    }

    [Fact]
    public void A_root_started_in_an_expected_wait_is_marked_so_its_length_does_not_keep_it()
    {
        SamplingResult inside;
        using (ExpectedWait.Begin())
        {
            inside = Decide(new RequestTraceSampler(1.0), default, "IChallengeGrain/NextLeaderboard", ActivityKind.Client);
        }

        var after = Decide(new RequestTraceSampler(1.0), default, "IChallengeGrain/NextLeaderboard", ActivityKind.Client);
        Assert.Equal(SamplingDecision.RecordOnly, inside.Decision);
        Assert.Contains(inside.Attributes, a => a.Key == RequestTraceSampler.ExpectedWaitTag);
        Assert.DoesNotContain(after.Attributes, a => a.Key == RequestTraceSampler.ExpectedWaitTag);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void A_ratio_outside_zero_to_one_is_refused(double ratio) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestTraceSampler(ratio));

    private static SamplingResult Decide(Sampler sampler, ActivityContext parent, string name, ActivityKind kind) =>
        sampler.ShouldSample(new SamplingParameters(parent, ActivityTraceId.CreateRandom(), name, kind));
}
