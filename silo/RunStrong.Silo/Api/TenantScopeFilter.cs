using RunStrong.Contracts.Security;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>
/// Tenant routes serve only the caller's own tenant. Another tenant's id answers 404, exactly like a tenant
/// that does not exist, so the answer leaks nothing. The gateway checks this too; this is the second wall.
/// </summary>
internal sealed class TenantScopeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tenantId = http.GetRouteValue("tenantId") as string;
        var caller = http.Caller();
        if (caller.Role != CallerRole.Tenant || !string.Equals(caller.TenantId, tenantId, StringComparison.Ordinal))
        {
            return Problems.NotFound($"No tenant '{tenantId}'.");
        }

        return await next(context);
    }
}
