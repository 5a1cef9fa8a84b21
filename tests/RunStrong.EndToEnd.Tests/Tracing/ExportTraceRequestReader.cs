using Google.Protobuf;

namespace RunStrong.EndToEnd.Tests.Tracing;

/// <summary>
/// Reads the spans out of an OTLP <c>ExportTraceServiceRequest</c> (protobuf) with Google.Protobuf's wire reader,
/// field numbers from opentelemetry/proto (collector/trace/v1, trace/v1, resource/v1, common/v1). Only the fields
/// the tests use are read; the rest are skipped, as any protobuf reader does with fields it does not know.
/// </summary>
public static class ExportTraceRequestReader
{
    private const int StatusCodeError = 2;

    public static IReadOnlyList<ReceivedSpan> Read(byte[] body)
    {
        var spans = new List<ReceivedSpan>();
        ForEachField(body, (field, input) =>
        {
            if (field == 1)
            {
                ReadResourceSpans(input.ReadBytes(), spans);
                return true;
            }

            return false;
        });
        return spans;
    }

    private static void ReadResourceSpans(ByteString resourceSpans, List<ReceivedSpan> spans)
    {
        var service = "";
        var scopes = new List<ByteString>();
        ForEachField(resourceSpans, (field, input) =>
        {
            switch (field)
            {
                case 1:
                    // Resource { repeated KeyValue attributes = 1 }
                    ForEachField(input.ReadBytes(), (resourceField, resource) =>
                    {
                        if (resourceField != 1)
                        {
                            return false;
                        }

                        var (key, value) = ReadKeyValue(resource.ReadBytes());
                        service = key == "service.name" ? value : service;
                        return true;
                    });
                    return true;
                case 2:
                    scopes.Add(input.ReadBytes());
                    return true;
                default:
                    return false;
            }
        });

        foreach (var scope in scopes)
        {
            ReadScopeSpans(scope, service, spans);
        }
    }

    private static void ReadScopeSpans(ByteString scopeSpans, string service, List<ReceivedSpan> spans)
    {
        var scopeName = "";
        var raw = new List<ByteString>();
        ForEachField(scopeSpans, (field, input) =>
        {
            switch (field)
            {
                case 1:
                    // InstrumentationScope { string name = 1 }
                    ForEachField(input.ReadBytes(), (scopeField, scope) =>
                    {
                        if (scopeField != 1)
                        {
                            return false;
                        }

                        scopeName = scope.ReadString();
                        return true;
                    });
                    return true;
                case 2:
                    raw.Add(input.ReadBytes());
                    return true;
                default:
                    return false;
            }
        });

        spans.AddRange(raw.Select(span => ReadSpan(span, service, scopeName)));
    }

    private static ReceivedSpan ReadSpan(ByteString span, string service, string scope)
    {
        string traceId = "", spanId = "", parentSpanId = "", name = "";
        var kind = SpanKind.Unspecified;
        ulong start = 0, end = 0;
        var failed = false;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        ForEachField(span, (field, input) =>
        {
            switch (field)
            {
                case 1: traceId = Hex(input.ReadBytes()); return true;
                case 2: spanId = Hex(input.ReadBytes()); return true;
                case 4: parentSpanId = Hex(input.ReadBytes()); return true;
                case 5: name = input.ReadString(); return true;
                case 6: kind = (SpanKind)input.ReadEnum(); return true;
                case 7: start = input.ReadFixed64(); return true;
                case 8: end = input.ReadFixed64(); return true;
                case 9:
                    var (key, value) = ReadKeyValue(input.ReadBytes());
                    attributes[key] = value;
                    return true;
                case 15:
                    // Status { string message = 2; StatusCode code = 3 }
                    ForEachField(input.ReadBytes(), (statusField, status) =>
                    {
                        if (statusField != 3)
                        {
                            return false;
                        }

                        failed = status.ReadEnum() == StatusCodeError;
                        return true;
                    });
                    return true;
                default:
                    return false;
            }
        });

        return new ReceivedSpan(traceId, spanId, parentSpanId, name, kind, service, scope, FromUnixNanoseconds(start), FromUnixNanoseconds(end), failed, attributes);
    }

    /// <summary>KeyValue { string key = 1; AnyValue value = 2 }, the value as text (string, bool, int or double).</summary>
    private static (string Key, string Value) ReadKeyValue(ByteString keyValue)
    {
        string key = "", value = "";
        ForEachField(keyValue, (field, input) =>
        {
            switch (field)
            {
                case 1:
                    key = input.ReadString();
                    return true;
                case 2:
                    ForEachField(input.ReadBytes(), (valueField, any) =>
                    {
                        switch (valueField)
                        {
                            case 1: value = any.ReadString(); return true;
                            case 2: value = any.ReadBool() ? "true" : "false"; return true;
                            case 3: value = any.ReadInt64().ToString(System.Globalization.CultureInfo.InvariantCulture); return true;
                            case 4: value = any.ReadDouble().ToString(System.Globalization.CultureInfo.InvariantCulture); return true;
                            default: return false;
                        }
                    });
                    return true;
                default:
                    return false;
            }
        });
        return (key, value);
    }

    /// <summary>Calls <paramref name="read"/> per field; a field it does not read (returns false) is skipped.</summary>
    private static void ForEachField(ByteString message, Func<int, CodedInputStream, bool> read) => ForEachField(message.ToByteArray(), read);

    private static void ForEachField(byte[] message, Func<int, CodedInputStream, bool> read)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (!read(WireFormat.GetTagFieldNumber(tag), input))
            {
                input.SkipLastField();
            }
        }
    }

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    private static DateTimeOffset FromUnixNanoseconds(ulong nanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(nanoseconds / 100));
}
