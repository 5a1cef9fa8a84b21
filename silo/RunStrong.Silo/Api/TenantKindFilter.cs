using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>
/// Route families that belong to one kind of tenant (gyms import members, clubs run challenges) refuse the
/// other kind with 403, as the gateway does: the second wall, from the kind the gateway signed.
/// </summary>
internal sealed class TenantKindFilter(TenantKind kind) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Caller().TenantKind == kind
            ? await next(context)
            : Problems.Forbidden($"Only {kind.ToString().ToLowerInvariant()} tenants use these routes.");
}
