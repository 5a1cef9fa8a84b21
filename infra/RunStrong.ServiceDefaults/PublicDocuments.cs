using Microsoft.AspNetCore.Http;

namespace RunStrong.ServiceDefaults;

/// <summary>
/// The API description (OpenAPI) is public, like the contract it describes: served by the silos without a
/// signature and by the gateway without a key.
/// </summary>
public static class PublicDocuments
{
    public const string OpenApiRoute = "/openapi/{documentName}.json";

    private static readonly PathString OpenApiPath = "/openapi";

    public static bool IsPublic(PathString path) => path.StartsWithSegments(OpenApiPath);
}
