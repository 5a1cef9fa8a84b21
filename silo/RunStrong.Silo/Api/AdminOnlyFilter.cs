using RunStrong.Contracts.Security;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>Platform-admin routes refuse tenant callers with 403.</summary>
internal sealed class AdminOnlyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Caller().Role == CallerRole.Admin
            ? await next(context)
            : Problems.Forbidden("This route needs the platform admin key.");
}
