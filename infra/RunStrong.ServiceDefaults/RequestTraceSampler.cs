using System.Diagnostics;
using OpenTelemetry.Trace;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// Only incoming requests start an exported trace. A span with a parent follows its parent's sampled flag
/// (parent-based: an incoming <c>traceparent</c> decides, and a request's grain calls and storage calls join its
/// trace). A root that is an incoming request (ASP.NET Core's server span, or a message consumer) is sampled at
/// <see cref="TracingSettings.SampleRatio"/> (trace-id ratio, so every host decides alike). Every other root is
/// background work — Orleans membership and reminder polling, silo discovery and announcements, grain timers,
/// flushes, long polls — and is recorded but not sampled: its children are dropped, and
/// <see cref="SlowOrFailedRootProcessor"/> exports the root alone only if it fails or is slow. A request root the
/// ratio passes over is recorded too, so that it is still exported (alone) if it fails.
/// </summary>
public sealed class RequestTraceSampler : Sampler
{
    /// <summary>The name ASP.NET Core creates its request activity with (the display name becomes the route later).</summary>
    public const string AspNetCoreRequestActivity = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    /// <summary>Set (true) on a root started inside an <see cref="ExpectedWait"/> scope.</summary>
    public const string ExpectedWaitTag = "runstrong.trace.expected_wait";

    private static readonly SamplingResult Sampled = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult LeftOut = new(SamplingDecision.RecordOnly);
    private static readonly SamplingResult LeftOutExpectedWait = new(SamplingDecision.RecordOnly, [new KeyValuePair<string, object>(ExpectedWaitTag, true)]);

    private readonly Sampler parentBased = new ParentBasedSampler(new AlwaysOnSampler());
    private readonly Sampler requests;

    public RequestTraceSampler(double sampleRatio)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRatio, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sampleRatio, 1.0);
        requests = new TraceIdRatioBasedSampler(sampleRatio);
        Description = $"RequestTraceSampler{{{sampleRatio.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}";
    }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (samplingParameters.ParentContext.TraceId != default)
        {
            return parentBased.ShouldSample(samplingParameters);
        }

        if (IsIncomingRequest(samplingParameters))
        {
            return requests.ShouldSample(samplingParameters).Decision == SamplingDecision.RecordAndSample ? Sampled : LeftOut;
        }

        return ExpectedWait.IsActive ? LeftOutExpectedWait : LeftOut;
    }

    /// <summary>
    /// An incoming request: ASP.NET Core's server span (by the name it is created with, which its activity keeps
    /// as <see cref="Activity.OperationName"/>), or a message consumer.
    /// </summary>
    public static bool IsIncomingRequest(ActivityKind kind, string name) =>
        kind == ActivityKind.Consumer
        || (kind == ActivityKind.Server && string.Equals(name, AspNetCoreRequestActivity, StringComparison.Ordinal));

    private static bool IsIncomingRequest(in SamplingParameters span) => IsIncomingRequest(span.Kind, span.Name);
}
