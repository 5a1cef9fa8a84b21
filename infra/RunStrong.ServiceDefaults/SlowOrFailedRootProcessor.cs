using System.Diagnostics;
using OpenTelemetry;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// Exports a trace root that <see cref="RequestTraceSampler"/> recorded but did not sample when it failed, or,
/// for background work, took longer than the slow threshold, by setting its sampled flag as it ends; the
/// exporter, which runs after every other processor, then sends it. Only that span: its children were dropped
/// when they started. It is tagged <see cref="KeptTag"/> with why, so a lone span in the trace list explains
/// itself. A request the ratio passed over is not kept for being slow: an event stream lasts minutes by design,
/// and request latency is what the HTTP duration metrics are for.
/// </summary>
public sealed class SlowOrFailedRootProcessor(TimeSpan slowBackgroundThreshold) : BaseProcessor<Activity>
{
    /// <summary>"error" or "slow" on a root exported by this processor.</summary>
    public const string KeptTag = "runstrong.trace.kept";

    public override void OnEnd(Activity data)
    {
        if (data.Recorded || data.ParentSpanId != default)
        {
            return;
        }

        var reason = Failed(data) ? "error"
            : data.Duration > slowBackgroundThreshold && IsBackground(data) && data.GetTagItem(RequestTraceSampler.ExpectedWaitTag) is null ? "slow"
            : null;
        if (reason is not null)
        {
            data.ActivityTraceFlags |= ActivityTraceFlags.Recorded;
            data.SetTag(KeptTag, reason);
        }
    }

    private static bool IsBackground(Activity root) => !RequestTraceSampler.IsIncomingRequest(root.Kind, root.OperationName);

    // Instrumentations mark failure either way: Activity.Status, or the older otel.status_code tag.
    private static bool Failed(Activity span) =>
        span.Status == ActivityStatusCode.Error
        || string.Equals(span.GetTagItem("otel.status_code") as string, "ERROR", StringComparison.Ordinal);
}
