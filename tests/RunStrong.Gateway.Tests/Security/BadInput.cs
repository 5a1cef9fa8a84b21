using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunStrong.Gateway.Tests.Security;

/// <summary>One bad request body and the answer it must get: a 4xx problem, naming <see cref="Field"/> when set.</summary>
/// <param name="Body">The body text; null sends no body at all.</param>
/// <param name="ContentType">The Content-Type header; null sends none.</param>
public sealed record BadInput(string Description, string? Body, string? ContentType, HttpStatusCode Expected, string? Field = null)
{
    private const string Json = "application/json";

    /// <summary>The kinds of bad input, each a theory case per JSON route (issue 4, item 6).</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "malformed JSON", "not a JSON object", "empty body", "null body", "deeply nested JSON",
        "string for number", "number for string", "object for array", "string for boolean",
        "missing required field", "huge number 1e308", "number beyond double 1e400", "NaN and Infinity as strings",
        "10,000-character string", "unknown enum value", "oversized body (2 MB)",
        "text/plain content type", "application/xml content type", "no content type",
    ];

    /// <summary>The bad inputs of <paramref name="kind"/> made from a route's valid body; empty when the kind does not apply.</summary>
    public static IReadOnlyList<BadInput> Of(string kind, JsonNode valid, BodyRules rules)
    {
        var text = valid.ToJsonString();
        var fields = JsonField.In(valid);
        return kind switch
        {
            "malformed JSON" =>
            [
                new("truncated JSON", text[..^1], Json, HttpStatusCode.BadRequest),
                new("trailing characters", text + " x", Json, HttpStatusCode.BadRequest),
                new("a comment", "/* hi */" + text, Json, HttpStatusCode.BadRequest),
                new("not JSON at all", "hello", Json, HttpStatusCode.BadRequest),
            ],
            "not a JSON object" => [new("an array", $"[{text}]", Json, HttpStatusCode.BadRequest), new("a number", "42", Json, HttpStatusCode.BadRequest)],
            "empty body" => [new("empty body", "", Json, HttpStatusCode.BadRequest)],
            "null body" => [new("null", "null", Json, HttpStatusCode.BadRequest)],
            "deeply nested JSON" => [new("an extra field nested 1,000 arrays deep", $"{{\"nested\":{new string('[', 1000)}{new string(']', 1000)},{text[1..]}", Json, HttpStatusCode.BadRequest)],
            "string for number" => Replace(valid, fields, JsonValueKind.Number, "\"12\""),
            "number for string" => Replace(valid, fields, JsonValueKind.String, "12"),
            "object for array" => Replace(valid, fields, JsonValueKind.Array, "{}"),
            "string for boolean" => [.. Replace(valid, fields, JsonValueKind.True, "\"true\""), .. Replace(valid, fields, JsonValueKind.False, "\"false\"")],
            "missing required field" => [.. rules.Required.Select(path => new BadInput(
                $"without {path}", JsonField.Named(valid, path).Without(valid), Json, HttpStatusCode.BadRequest, path))],
            "huge number 1e308" => Replace(valid, fields, JsonValueKind.Number, "1e308"),
            "number beyond double 1e400" => Replace(valid, fields, JsonValueKind.Number, "1e400"),
            "NaN and Infinity as strings" => [.. new[] { "\"NaN\"", "\"Infinity\"", "\"-Infinity\"" }.SelectMany(value => Replace(valid, fields, JsonValueKind.Number, value))],
            "10,000-character string" => Replace(valid, fields, JsonValueKind.String, $"\"{new string('a', 10_000)}\""),
            "unknown enum value" => [.. rules.Enums.Select(path => new BadInput(
                $"{path} = \"not-a-choice\"", JsonField.Named(valid, path).With(valid, "\"not-a-choice\""), Json, HttpStatusCode.BadRequest, path))],
            "oversized body (2 MB)" => [new("a valid body padded to 2 MB", Padded(valid, 2 * 1024 * 1024), Json, HttpStatusCode.RequestEntityTooLarge)],
            "text/plain content type" => [new("valid JSON as text/plain", text, "text/plain", HttpStatusCode.UnsupportedMediaType)],
            "application/xml content type" => [new("XML", "<body><id>x</id></body>", "application/xml", HttpStatusCode.UnsupportedMediaType)],
            "no content type" => [new("valid JSON without a Content-Type", text, null, HttpStatusCode.UnsupportedMediaType)],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of bad input."),
        };
    }

    public HttpContent? Content()
    {
        if (Body is null)
        {
            return null;
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
        if (ContentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(ContentType) { CharSet = "utf-8" };
        }

        return content;
    }

    public override string ToString() => Field is null ? Description : $"{Description} (must name '{Field}')";

    private static List<BadInput> Replace(JsonNode valid, IEnumerable<JsonField> fields, JsonValueKind kind, string value) =>
        [.. fields.Where(field => field.Kind == kind).Select(field => new BadInput(
            $"{field.Path} = {Shorten(value)}", field.With(valid, value), Json, HttpStatusCode.BadRequest, field.Path))];

    private static string Padded(JsonNode valid, int bytes)
    {
        var copy = valid.DeepClone().AsObject();
        copy["padding"] = new string('x', bytes);
        return copy.ToJsonString();
    }

    private static string Shorten(string value) =>
        value.Length <= 20 ? value : string.Create(CultureInfo.InvariantCulture, $"\"{value[1]}…\" ({value.Length - 2} chars)");

    /// <summary>A route's valid sample body as a JSON tree.</summary>
    public static JsonNode ValidBody(ApiRoute route, RouteValues values) =>
        JsonSerializer.SerializeToNode(RouteSamples.For(route).Body?.Invoke(values)
            ?? throw new InvalidOperationException($"'{route}' takes a JSON body but its sample in {nameof(RouteSamples)} has none."), JsonSerializerOptions.Web)!;
}
