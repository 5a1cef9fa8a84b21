using RunStrong.Contracts.Routes;
using System.Net.Mime;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace RunStrong.Gateway.ApiReference;

/// <summary>
/// The silo builds the OpenAPI document from its endpoints, but names itself as the server: an internal address
/// clients cannot reach. On the way out through the gateway the document's <c>servers</c> becomes the gateway's
/// public address (<see cref="PublicAddress"/>), so clients and generated code call the gateway.
/// </summary>
public sealed class OpenApiServersRewrite(PublicAddress address) : ITransformProvider
{
    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        // The document is prose as well as structure: keep its text readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        if (context.Route.RouteId != ApiRoutes.Platform.GetOpenApiDocument.Name)
        {
            return;
        }

        // The document is read and rewritten here, so it must arrive as plain JSON.
        context.AddRequestHeaderRemove("Accept-Encoding");
        context.AddResponseTransform(RewriteAsync);
    }

    private async ValueTask RewriteAsync(ResponseTransformContext context)
    {
        if (context.ProxyResponse is not { IsSuccessStatusCode: true } response)
        {
            return;
        }

        var cancellation = context.HttpContext.RequestAborted;
        var document = JsonNode.Parse(await response.Content.ReadAsStreamAsync(cancellation))?.AsObject()
            ?? throw new InvalidOperationException("The silo answered an empty OpenAPI document.");
        WithServer(document, address.For(context.HttpContext.Request));

        context.SuppressResponseBody = true;
        var body = JsonSerializer.SerializeToUtf8Bytes(document, Output);
        var outgoing = context.HttpContext.Response;
        outgoing.ContentType = MediaTypeNames.Application.Json + "; charset=utf-8";
        outgoing.ContentLength = body.Length;
        await outgoing.Body.WriteAsync(body, cancellation);
    }

    /// <summary>Replaces <c>servers</c> where it stands (after <c>info</c>), so the document reads as generated.</summary>
    public static void WithServer(JsonObject document, string url)
    {
        var servers = new JsonArray(new JsonObject { ["url"] = url, ["description"] = "The RunStrong gateway" });
        if (document.ContainsKey("servers"))
        {
            document["servers"] = servers;
            return;
        }

        var infoIndex = document.IndexOf("info");
        document.Insert(infoIndex < 0 ? 0 : infoIndex + 1, "servers", servers);
    }
}
