using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// Holds each request to its route's body limit (<see cref="RouteRule.MaxBodyBytes"/>: the tenant's own limit for
/// documents, the upload allowance for member files, 64 KB for admin documents): a declared length over it is
/// refused with 413 before anything is read or forwarded, and an undeclared (chunked) body is cut off at it.
/// </summary>
public sealed class RouteBodyLimit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>() is { } rule)
        {
            var tenantLimit = context.Features.Get<ApiKeyOwner>()?.Limits.MaxBodyBytes ?? RouteRule.AdminBodyBytes;
            var limit = rule.MaxBodyBytes(tenantLimit);
            if (context.Request.ContentLength > limit)
            {
                await TypedResults.Problem($"This request may carry at most {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large")
                    .ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
        }

        await next(context);
    }
}
