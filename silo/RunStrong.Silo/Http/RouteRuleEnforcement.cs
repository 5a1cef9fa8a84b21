using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;

namespace RunStrong.Silo.Http;

/// <summary>
/// The silo's own reading of each route's <see cref="RouteRule"/>, for the caller the gateway signed: the second
/// wall behind the gateway's policies, built from the same declaration. Tenant staff reach only their own
/// tenant's paths (another tenant's id answers 404, as if it did not exist) and only routes their kind of
/// tenant owns (403); an athlete only paths naming their own athlete (404 otherwise), routes their rule opens to
/// athletes (403 otherwise) and challenges they are in (404 otherwise); the platform admin only admin routes;
/// bodies are capped by the route's kind of body.
/// </summary>
public sealed class RouteRuleEnforcement(RequestDelegate next)
{
    /// <summary>
    /// The silo's cap for tenant documents: the largest limit a tenant can be given. The gateway holds each
    /// tenant to its own, smaller limit; this stops anything larger that reaches a silo at all.
    /// </summary>
    private const long TenantDocumentCeiling = TenantLimits.LargestBodyBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<RouteRule>();
        var caller = context.Features.Get<CallerContext>();
        if (rule is null || caller is null)
        {
            // Health, metrics and anonymous routes: nothing signed, nothing to check against.
            await next(context);
            return;
        }

        if ((Refusal(rule, caller, context) ?? await ChallengeRefusal(caller, context)) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        var limit = rule.MaxBodyBytes(TenantDocumentCeiling);
        if (context.Request.ContentLength > limit)
        {
            await Problems.Write(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"This request may carry at most {limit} bytes.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        await next(context);
    }

    private static ProblemHttpResult? Refusal(RouteRule rule, CallerContext caller, HttpContext context)
    {
        if (caller.Role == CallerRole.Admin)
        {
            // An admin reaching a tenant's own routes would act inside that tenant: those paths do not exist for it.
            return rule.Admits(CallerKinds.Admin) ? null : Problems.NotFound($"No tenant '{context.GetRouteValue(RouteRule.TenantRouteValue)}'.");
        }

        if (!rule.Admits(CallerKinds.TenantStaff | CallerKinds.Athlete))
        {
            return Problems.Forbidden("This route needs the platform admin key.");
        }

        if (caller.Role == CallerRole.Tenant && !rule.Admits(CallerKinds.TenantStaff))
        {
            return Problems.Forbidden("This route is for an athlete's own key.");
        }

        var tenantId = context.GetRouteValue(RouteRule.TenantRouteValue) as string;
        if (!string.Equals(caller.TenantId, tenantId, StringComparison.Ordinal))
        {
            return Problems.NotFound($"No tenant '{tenantId}'.");
        }

        if (caller.Role == CallerRole.Athlete)
        {
            // Another athlete's path answers as if that athlete did not exist; then staff-only routes are 403.
            if (context.GetRouteValue(RouteRule.AthleteRouteValue) is string athleteId && !string.Equals(caller.AthleteId, athleteId, StringComparison.Ordinal))
            {
                return Problems.NoAthlete(athleteId);
            }

            if (!rule.Admits(CallerKinds.Athlete))
            {
                return Problems.Forbidden("This route is for the tenant's staff, not an athlete key.");
            }
        }

        return rule.TenantKind is { } owner && caller.TenantKind != owner
            ? Problems.Forbidden($"Only {owner.ToString().ToLowerInvariant()} tenants use these routes.")
            : null;
    }

    /// <summary>
    /// An athlete reaches a challenge only while they are in one of its teams (their own enrollments say so);
    /// any other challenge, existing or not, answers the same 404.
    /// </summary>
    private static async Task<ProblemHttpResult?> ChallengeRefusal(CallerContext caller, HttpContext context)
    {
        if (caller.Role != CallerRole.Athlete || context.GetRouteValue(RouteRule.ChallengeRouteValue) is not string challengeId)
        {
            return null;
        }

        var athlete = context.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IAthleteGrain>(AthleteId.GrainKey(caller.TenantId!, caller.AthleteId!));
        return await athlete.IsInChallenge(challengeId) ? null : Problems.NotFound($"No challenge '{challengeId}'.");
    }
}
