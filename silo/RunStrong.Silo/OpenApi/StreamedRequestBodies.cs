using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RunStrong.Activities.Upload;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// Routes that stream their body (<see cref="RouteRule.StreamsBody"/>) read it from the request themselves, so no
/// parameter tells the generator about it: the body they take is described here from the route's body kind. (Declaring
/// it on the endpoint with <c>Accepts</c> would not do: that also makes routing refuse other types before the
/// handler can answer with its own problem.)
/// </summary>
internal sealed class StreamedRequestBodies : IOpenApiOperationTransformer
{
    /// <summary>What a member import reads (MemberFile.FormatOf).</summary>
    private static readonly string[] MemberFileTypes = ["text/csv", "application/x-ndjson"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rule = context.Description.RouteRule();
        operation.RequestBody ??= rule.Body switch
        {
            RouteBody.StreamedUpload => Binary(MemberFileTypes,
                "The member file: CSV with a header row, or one JSON object per line (NDJSON), UTF-8. Streamed to storage, up to the upload allowance."),
            RouteBody.ActivityFile => Binary(ActivityMediaType.Accepted,
                ActivityMediaType.Rule + " The content is sniffed: a declared type only rules out what is clearly something else."),
            _ => null,
        };
        return Task.CompletedTask;
    }

    private static OpenApiRequestBody Binary(IEnumerable<string> contentTypes, string description) => new()
    {
        Required = true,
        Description = description,
        Content = contentTypes.ToDictionary(
            type => type,
            _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            StringComparer.Ordinal),
    };
}
