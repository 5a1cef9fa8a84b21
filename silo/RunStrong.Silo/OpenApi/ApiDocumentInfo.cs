using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>The document's title, version and introduction: what a client reads first, and what generated clients are named after.</summary>
internal sealed class ApiDocumentInfo : IOpenApiDocumentTransformer
{
    public const string Title = "RunStrong API";

    /// <summary>The contract's version: routes and field names are stable within it (docs/API.md).</summary>
    public const string Version = "1.0";

    private const string Description = """
        The public HTTP API of RunStrong, a multi-tenant coaching platform for runners who want to keep muscle
        while they run long distances. Every route is served by the gateway, which authenticates the caller and
        forwards the request to the cluster.

        Callers: a tenant's staff (a gym or a running club) send one of the tenant's keys as `X-Api-Key`; an athlete
        sends their own athlete-scoped key the same way, and reaches only their own data; the platform operator
        sends the admin key as `X-Admin-Key`; the web pages' scripts use the browser's `rs_session` cookie. Each
        operation lists the schemes it accepts.

        Errors are `application/problem+json` (RFC 9457): `title`, `status`, `detail`, and for invalid input
        `errors`, an object naming each field at fault. A tenant's requests are rate-limited (429 with
        `Retry-After`), and a gateway at capacity sheds tenant requests with 503 and `Retry-After`.
        """;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = Title, Version = Version, Description = Description };
        return Task.CompletedTask;
    }
}
