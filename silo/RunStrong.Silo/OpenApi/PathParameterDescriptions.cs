using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// Says what each path id names and who may reach it: the tenant and athlete ids are what scope a key to its own
/// data, which a client needs to know before it builds a path.
/// </summary>
internal sealed class PathParameterDescriptions : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [RouteRule.TenantRouteValue] =
            "The tenant (gym or club) the path belongs to. A staff or athlete key reaches only its own tenant's paths: any other id answers 404, as if it did not exist.",
        [RouteRule.AthleteRouteValue] =
            "The athlete's id within the tenant (1-64 letters, digits, '-' or '_'). An athlete key reaches only its own athlete id: another answers 404.",
        [RouteRule.ChallengeRouteValue] =
            "The challenge's id, as its creator chose it. An athlete key reaches only challenges the athlete is in (otherwise 404).",
        ["teamId"] = "The team's id within its challenge, as its creator chose it.",
        ["runId"] = "The run's id, as the client chose it when logging it.",
        ["sessionId"] = "The strength session's id, as the client chose it when logging it.",
        ["measurementId"] = "The measurement's id, as the client chose it when logging it.",
        ["date"] = "The athlete's local calendar day, yyyy-MM-dd.",
        ["activityId"] = "The activity's id: derived from the uploaded file's content, so the same file always has the same id.",
        ["importId"] = "The import job's id, as its upload answered it.",
        ["keyId"] = "The key's id (never the key itself), as issuing it answered it.",
        ["erasureId"] = "The erasure job's id, as starting it answered it.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(parameter => parameter.In == ParameterLocation.Path))
        {
            parameter.Description ??= parameter.Name is { } name && Descriptions.TryGetValue(name, out var description)
                ? description
                : throw new InvalidOperationException($"The path parameter '{parameter.Name}' of {operation.OperationId} has no description in {nameof(PathParameterDescriptions)}.");
        }

        return Task.CompletedTask;
    }
}
