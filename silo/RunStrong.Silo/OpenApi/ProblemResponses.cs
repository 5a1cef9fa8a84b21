using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// The error answers every route shares, as reusable responses: <c>application/problem+json</c> with one
/// <see cref="SchemaName"/> schema, so a generated client has a single error type. Which of them an operation
/// lists is <see cref="OperationProblemResponses"/>'s decision.
/// </summary>
internal sealed class ProblemResponses : IOpenApiDocumentTransformer
{
    public const string SchemaName = "ProblemDetails";
    public const string ContentType = "application/problem+json";
    private const string FrameworkValidationSchema = "HttpValidationProblemDetails";

    private sealed record Problem(string Name, string Description, bool RetryAfter = false);

    private static readonly SortedDictionary<int, Problem> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = new("BadRequest",
            "The request is invalid: `errors` names each field, path or query value at fault, with what it must be."),
        [StatusCodes.Status401Unauthorized] = new("Unauthorized",
            "No valid credential: the key is missing, unknown or revoked, the browser session ended, or a change made on a session lacks its `X-CSRF-Token` header."),
        [StatusCodes.Status403Forbidden] = new("Forbidden",
            "The caller is known but may not do this: the tenant is suspended, the route is for another kind of tenant (gyms import, clubs run challenges), or for another kind of caller."),
        [StatusCodes.Status404NotFound] = new("NotFound",
            "Nothing by that id here. Another tenant's (or, for an athlete key, another athlete's) ids answer the same, so nothing leaks."),
        [StatusCodes.Status409Conflict] = new("Conflict",
            "The request conflicts with what is stored: `detail` says how (an id already used with other content, a limit reached, or a state that does not allow it)."),
        [StatusCodes.Status410Gone] = new("Gone", "It existed, but is no longer kept (its retention period ended)."),
        [StatusCodes.Status413PayloadTooLarge] = new("ContentTooLarge",
            "The body is larger than this route takes: the tenant's own limit for JSON documents, 64 KB for admin documents, the upload allowance for member files, 25 MB for an activity file."),
        [StatusCodes.Status415UnsupportedMediaType] = new("UnsupportedMediaType",
            "The body's `Content-Type` (or `Content-Encoding`) is not one this route takes."),
        [StatusCodes.Status422UnprocessableEntity] = new("UnprocessableContent",
            "The body is well-formed but holds nothing usable: `errors` says what is wrong with it."),
        [StatusCodes.Status429TooManyRequests] = new("TooManyRequests",
            "A request limit is used up (the tenant's rate, or this client address's key lookups or anonymous requests): retry after `Retry-After` seconds.", RetryAfter: true),
        [StatusCodes.Status503ServiceUnavailable] = new("ServiceUnavailable",
            "The platform is at capacity, or its storage is not answering, and refused this request at once rather than queue it (nothing was changed): retry after `Retry-After` seconds.", RetryAfter: true),
    };

    public static bool IsKnown(int status) => ByStatus.ContainsKey(status);

    public static string ComponentName(int status) =>
        ByStatus.TryGetValue(status, out var problem)
            ? problem.Name
            : throw new InvalidOperationException($"No shared problem response for status {status}: add it to {nameof(ProblemResponses)}.");

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas[SchemaName] = Schema();
        // The framework's own problem schema for validation answers: every such answer now uses SchemaName instead.
        document.Components.Schemas.Remove(FrameworkValidationSchema);
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>(StringComparer.Ordinal);

        var used = UsedStatuses(document);
        foreach (var (status, problem) in ByStatus.Where(entry => used.Contains(entry.Key)))
        {
            document.Components.Responses[problem.Name] = Response(problem, document);
        }

        return Task.CompletedTask;
    }

    /// <summary>Only the responses some operation lists: an unused component is noise to a reader and a lint warning.</summary>
    private static HashSet<int> UsedStatuses(OpenApiDocument document) =>
        document.Operations()
            .SelectMany(operation => operation.Responses is { } responses ? responses.Keys.AsEnumerable() : [])
            .Select(code => int.TryParse(code, out var status) ? status : 0)
            .Where(IsKnown)
            .ToHashSet();

    private static OpenApiResponse Response(Problem problem, OpenApiDocument document)
    {
        var response = new OpenApiResponse
        {
            Description = problem.Description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [ContentType] = new() { Schema = new OpenApiSchemaReference(SchemaName, document) },
            },
        };
        if (problem.RetryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
                },
            };
        }

        return response;
    }

    private static OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "A problem (RFC 9457). Validation problems add `errors`; some add their own fields (an activity file's `problem`).",
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A URI naming the kind of problem." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A short summary of the kind of problem." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "What went wrong with this request, in words." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The request path the problem is about." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "For invalid input: each field (or path or query value) at fault, with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };
}
