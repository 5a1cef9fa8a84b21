namespace RunStrong.EndToEnd.Tests.Tracing;

/// <summary>One span as a host exported it over OTLP: the fields the tracing tests reason about.</summary>
public sealed record ReceivedSpan(
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    SpanKind Kind,
    string ServiceName,
    string ScopeName,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Failed,
    IReadOnlyDictionary<string, string> Attributes)
{
    public bool IsRoot => ParentSpanId.Length == 0;

    public TimeSpan Duration => End - Start;

    public override string ToString() =>
        $"{ServiceName} {Kind} '{Name}' ({ScopeName}, {Duration.TotalMilliseconds:F0} ms{(Failed ? ", failed" : "")}" +
        $"{(Attributes.TryGetValue(RunStrong.ServiceDefaults.SlowOrFailedRootProcessor.KeptTag, out var kept) ? $", kept: {kept}" : "")})";
}

/// <summary>OTLP's span kinds (opentelemetry/proto/trace/v1/trace.proto).</summary>
public enum SpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
