using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RunStrong.Silo.OpenApi;

/// <summary>
/// An operation's id is its route's stable name (<see cref="RouteRule.Name"/>), the same as the gateway's proxy route
/// id: generated clients name their methods after it, so it must not follow a handler's name.
/// </summary>
internal sealed class OperationIds : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.OperationId = context.Description.RouteRule().Name;
        return Task.CompletedTask;
    }
}
