using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// The ways a caller proves who they are at the gateway, as OpenAPI security schemes. The header and cookie names
/// are the gateway's (its RequestHeaders and the web session cookie); the silo cannot reference the gateway, so
/// the gateway's OpenAPI tests check these names against its own.
/// </summary>
internal sealed class ApiSecuritySchemes : IOpenApiDocumentTransformer
{
    public const string StaffKey = "staffKey";
    public const string AthleteKey = "athleteKey";
    public const string AdminKey = "adminKey";
    public const string BrowserSession = "browserSession";

    public const string ApiKeyHeader = "X-Api-Key";
    public const string AdminKeyHeader = "X-Admin-Key";
    public const string SessionCookie = "rs_session";
    public const string CsrfHeader = "X-CSRF-Token";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
        {
            [StaffKey] = Header(ApiKeyHeader,
                "One of a tenant's API keys (`rs_…`), which the platform admin issues. It reaches only paths naming its own tenant: another tenant's id answers 404."),
            [AthleteKey] = Header(ApiKeyHeader,
                "An athlete-scoped key that the athlete's staff issued. It reaches only paths naming its own tenant and athlete (another athlete's answers 404), and reads of the challenges the athlete is in."),
            [AdminKey] = Header(AdminKeyHeader, "The platform operator's admin key."),
            [BrowserSession] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = SessionCookie,
                Description =
                    $"The session cookie a browser gets by signing in at `/app/` with a staff or athlete key (it holds no key), as the web pages' scripts use it. "
                    + $"A request that changes anything (POST, PUT, PATCH, DELETE) on a session must also carry the page's `{CsrfHeader}` header, or it is not authenticated (401). "
                    + "A request that sends a key header is never taken as a session.",
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme Header(string name, string description) =>
        new() { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = name, Description = description };
}
