namespace RunStrong.Silo.OpenApi;

/// <summary>
/// The OpenAPI description of the public API, as the silo generates it from its endpoints and their route rules
/// (the gateway serves it at /openapi/v1.json, with its own public address as the server).
/// </summary>
internal static class OpenApiDocumentSetup
{
    public static IServiceCollection AddRunStrongOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddOperationTransformer<OperationIds>();
            options.AddOperationTransformer<PathParameterDescriptions>();
            options.AddOperationTransformer<StreamedRequestBodies>();
            options.AddOperationTransformer<RequestExamples>();
            options.AddOperationTransformer<OperationSecurity>();
            options.AddOperationTransformer<OperationProblemResponses>();
            options.AddSchemaTransformer<LocalTimeSchemas>();
            options.AddDocumentTransformer<ApiDocumentInfo>();
            options.AddDocumentTransformer<ApiTags>();
            options.AddDocumentTransformer<ApiSecuritySchemes>();
            options.AddDocumentTransformer<ProblemResponses>();
            options.AddDocumentTransformer<RequestOnlySchemas>();
        });
}
