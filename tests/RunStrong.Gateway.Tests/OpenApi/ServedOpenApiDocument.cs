using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunStrong.Gateway.Tests.OpenApi;

/// <summary>The OpenAPI document exactly as the gateway serves it to an anonymous client.</summary>
internal static class ServedOpenApiDocument
{
    public const string Path = "/openapi/v1.json";

    /// <summary>How the gateway writes the document, and so how the snapshot is written.</summary>
    public static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<string> TextAsync(InProcessPlatform platform, CancellationToken cancellationToken)
    {
        using var anonymous = platform.Gateway();
        using var response = await anonymous.GetAsync(Path, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {Path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    public static async Task<JsonObject> ReadAsync(InProcessPlatform platform, CancellationToken cancellationToken) =>
        JsonNode.Parse(await TextAsync(platform, cancellationToken))!.AsObject();

    /// <summary>Every operation with its path and method (lower case, as the document keys it).</summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(entry => entry.Key is "get" or "put" or "post" or "delete" or "patch")
            .Select(entry => (path.Key, entry.Key, entry.Value!.AsObject())));
}
