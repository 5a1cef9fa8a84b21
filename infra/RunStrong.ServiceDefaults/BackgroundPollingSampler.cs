using OpenTelemetry.Trace;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// Records every span that belongs to a request, and drops outgoing calls that start a trace of their own:
/// those are background polling (Orleans membership and reminder tables every few seconds) that would
/// otherwise bury the traces people look for. Incoming requests and grain timers still start traces.
/// </summary>
public sealed class BackgroundPollingSampler : Sampler
{
    private static readonly SamplingResult Record = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private readonly Sampler inner = new ParentBasedSampler(new AlwaysOnSampler());

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var isRoot = samplingParameters.ParentContext.TraceId == default;
        if (isRoot && samplingParameters.Kind == System.Diagnostics.ActivityKind.Client)
        {
            return Drop;
        }

        return isRoot ? Record : inner.ShouldSample(samplingParameters);
    }
}
