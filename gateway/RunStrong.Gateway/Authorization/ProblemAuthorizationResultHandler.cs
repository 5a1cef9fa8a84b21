using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Routes;
using RunStrong.Gateway.Authentication;

namespace RunStrong.Gateway.Authorization;

/// <summary>
/// Answers refused API requests with problem+json: 401 naming the credential the route wants, 429 when the
/// client address used up its key lookups, and the status a <see cref="RouteRefusal"/> carries (403, 404).
/// Browser-facing pages (ops and /app) keep ASP.NET's own behaviour (a redirect to their sign-in page).
/// </summary>
public sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private static readonly TimeSpan LookupRetry = TimeSpan.FromSeconds(10);
    private readonly AuthorizationMiddlewareResultHandler framework = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || policy.AuthenticationSchemes.Contains(GatewaySchemes.Ops) || policy.AuthenticationSchemes.Count == 1 && policy.AuthenticationSchemes[0] == GatewaySchemes.WebSession)
        {
            await framework.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (context.Features.Get<KeyLookup>() is { Throttled: true })
        {
            context.Response.Headers.RetryAfter = ((int)LookupRetry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await Problem(StatusCodes.Status429TooManyRequests, "Too many requests",
                $"Too many unknown keys from this address; retry after {LookupRetry.TotalSeconds:0} s.").ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Challenged && context.Features.Get<WebSessionRefusal>() is { } session)
        {
            await Problem(StatusCodes.Status403Forbidden, "Forbidden", session.Detail).ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Challenged)
        {
            await Problem(StatusCodes.Status401Unauthorized, "Unauthenticated", WhatToSend(context)).ExecuteAsync(context);
            return;
        }

        var refusal = authorizeResult.AuthorizationFailure?.FailureReasons.OfType<RouteRefusal>().FirstOrDefault();
        await (refusal is null
            ? Problem(StatusCodes.Status403Forbidden, "Forbidden", "This route needs the platform admin key.")
            : Problem(refusal.Status, refusal.Title, refusal.Message)).ExecuteAsync(context);
    }

    private static string WhatToSend(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>() is { } rule && rule.Admits(CallerKinds.TenantStaff | CallerKinds.Athlete)
            ? $"Send a valid API key in {RequestHeaders.ApiKey} (or sign in at /app/ in a browser)."
            : $"Send a valid platform admin key in {RequestHeaders.AdminKey}.";

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
