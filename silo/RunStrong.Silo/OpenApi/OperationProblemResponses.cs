using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// Lists on each operation the error answers it can give, each as the shared problem response
/// (<see cref="ProblemResponses"/>): those its <see cref="RouteRule"/> implies at the gateway and silo, and those its
/// endpoint declares (<c>ProducesProblem</c>, typed results) for its own reasons (a conflict, a file without an activity).
/// </summary>
internal sealed class OperationProblemResponses : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rule = context.Description.RouteRule();
        var declared = (operation.Responses is { } declaredResponses ? declaredResponses.Keys.AsEnumerable() : [])
            .Select(code => int.TryParse(code, out var status) ? status : 0)
            .Where(status => status >= 400);
        var statuses = declared.Concat(Implied(rule, operation)).ToHashSet();

        // Successes as the endpoint declares them, then every error in status order, each the shared problem response.
        var ordered = new OpenApiResponses();
        foreach (var (code, response) in operation.Responses ?? [])
        {
            if (!int.TryParse(code, out var status) || status < 400)
            {
                ordered[code] = response;
            }
        }

        foreach (var status in statuses.Order())
        {
            ordered[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                new OpenApiResponseReference(ProblemResponses.ComponentName(status), context.Document);
        }

        operation.Responses = ordered;
        return Task.CompletedTask;
    }

    /// <summary>What the platform itself answers on a route, whatever its endpoint does.</summary>
    public static IEnumerable<int> Implied(RouteRule rule, OpenApiOperation operation)
    {
        var takesBody = operation.RequestBody is not null || rule.StreamsBody;
        var parameters = operation.Parameters ?? [];

        // Malformed input: a body or a query value. Path ids are checked by the endpoints that check them, which
        // declare it (ValidationProblem results, or the athlete routes' group).
        if (takesBody || parameters.Any(parameter => parameter.In == ParameterLocation.Query))
        {
            yield return StatusCodes.Status400BadRequest;
        }

        if (!rule.Admits(CallerKinds.Anonymous))
        {
            yield return StatusCodes.Status401Unauthorized;
            yield return StatusCodes.Status403Forbidden;
        }

        // Any id in the path may name nothing (or something of another tenant or athlete, which answers the same).
        if (parameters.Any(parameter => parameter.In == ParameterLocation.Path))
        {
            yield return StatusCodes.Status404NotFound;
        }

        if (takesBody)
        {
            yield return StatusCodes.Status413PayloadTooLarge;
            yield return StatusCodes.Status415UnsupportedMediaType;
        }

        // Every route is rate-limited: per tenant, per client address, and key lookups per client address.
        yield return StatusCodes.Status429TooManyRequests;

        // Any route may find storage unreachable (StorageUnavailableExceptionHandler); the gateway also sheds tenant
        // and athlete requests past its capacity (LoadShedding). Both answer at once, with Retry-After.
        yield return StatusCodes.Status503ServiceUnavailable;
    }
}
