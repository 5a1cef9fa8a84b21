using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace RunStrong.Silo.OpenApi;

/// <summary>Every documented endpoint is mapped from its <see cref="RouteRule"/> (RouteRuleMapping), which rides in its metadata.</summary>
internal static class ApiDescriptionRouteRule
{
    public static RouteRule RouteRule(this ApiDescription description) =>
        description.ActionDescriptor.EndpointMetadata.OfType<RouteRule>().LastOrDefault()
        ?? throw new InvalidOperationException(
            $"The endpoint {description.HttpMethod} /{description.RelativePath} has no RouteRule: map it with RouteRuleMapping.MapRoute, or exclude it from the document.");
}
