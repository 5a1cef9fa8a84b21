using RunStrong.Contracts.Routes;
using RunStrong.Gateway.Authorization;
using Scalar.AspNetCore;

namespace RunStrong.Gateway.ApiReference;

/// <summary>
/// The API reference page at /docs/: Scalar, reading the document the gateway serves (/openapi/v1.json). Open to
/// anyone like the document itself, and limited per client address like every route that needs no key. The
/// platform may have no internet, so the page loads nothing from another origin: Scalar's script comes from this
/// package (not its CDN), its default web fonts, telemetry and AI agent (all hosted by Scalar) are off, and
/// <see cref="ApiReferenceSecurityHeaders"/> holds the browser to this origin.
/// </summary>
public static class ApiReferencePage
{
    public const string Prefix = "/docs";

    public static IEndpointRouteBuilder MapApiReferencePage(this IEndpointRouteBuilder routes)
    {
        routes.MapScalarApiReference(Prefix, options => options
                .WithTitle("RunStrong API reference")
                .WithOpenApiRoutePattern("/" + ApiRoutes.Platform.GetOpenApiDocument.Pattern)
                .AddDocument("v1", "RunStrong API")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent())
            .AllowAnonymous()
            .RequireRateLimiting(GatewayPolicies.ClientAddressRate);
        return routes;
    }
}
