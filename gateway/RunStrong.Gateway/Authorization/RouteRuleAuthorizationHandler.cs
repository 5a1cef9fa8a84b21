using Microsoft.AspNetCore.Authorization;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;

namespace RunStrong.Gateway.Authorization;

/// <summary>
/// Reads the route's <see cref="RouteRule"/> (endpoint metadata, the same declaration the silo enforces) and
/// decides for the authenticated caller: the admin on admin routes; tenant staff of an active tenant on their
/// own tenant's paths, on routes their kind of tenant owns; an athlete (athlete key) of an active tenant on paths
/// naming their own athlete, on routes open to athletes. On success it records the caller to be signed. Whether
/// an athlete is in a challenge it reads is the silo's to check (it holds the athlete's enrollments).
/// </summary>
public sealed class RouteRuleAuthorizationHandler : AuthorizationHandler<RouteRuleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RouteRuleRequirement requirement)
    {
        if (context.Resource is not HttpContext http || http.GetEndpoint()?.Metadata.GetMetadata<RouteRule>() is not { } rule)
        {
            return Task.CompletedTask;
        }

        if (!TryGetCallerKind(context.User, out var callerKind))
        {
            return Refuse(context, StatusCodes.Status400BadRequest, "Bad request", $"Send either {RequestHeaders.ApiKey} or {RequestHeaders.AdminKey}, not both.");
        }

        switch (callerKind)
        {
            case nameof(CallerKinds.Admin):
                return rule.Admits(CallerKinds.Admin)
                    ? Admit(context, requirement, http, CallerContext.Admin)
                    : Refuse(context, StatusCodes.Status404NotFound, "Not found", $"No tenant '{http.GetRouteValue(RouteRule.TenantRouteValue)}'.");
            case nameof(CallerKinds.TenantStaff) when http.Features.Get<ApiKeyOwner>() is { } owner:
                return AuthorizeStaff(context, requirement, http, rule, owner);
            case nameof(CallerKinds.Athlete) when http.Features.Get<ApiKeyOwner>() is { AthleteId: not null } owner:
                return AuthorizeAthlete(context, requirement, http, rule, owner);
            default:
                return Task.CompletedTask;
        }
    }

    /// <summary>
    /// The one kind of caller the principal's claims name (null when none); false when they name more than one
    /// (two credentials that both authenticated). A plain loop: this runs on every API request.
    /// </summary>
    private static bool TryGetCallerKind(System.Security.Claims.ClaimsPrincipal user, out string? kind)
    {
        kind = null;
        foreach (var identity in user.Identities)
        {
            foreach (var claim in identity.Claims)
            {
                // As ClaimsPrincipal.FindAll compares claim types.
                if (!string.Equals(claim.Type, GatewaySchemes.CallerKindClaim, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (kind is not null && !string.Equals(kind, claim.Value, StringComparison.Ordinal))
                {
                    return false;
                }

                kind = claim.Value;
            }
        }

        return true;
    }

    private Task AuthorizeStaff(AuthorizationHandlerContext context, RouteRuleRequirement requirement, HttpContext http, RouteRule rule, ApiKeyOwner owner)
    {
        if (!rule.Admits(CallerKinds.TenantStaff))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "Tenant keys cannot use platform-admin routes.");
        }

        if (owner.Status == TenantStatus.Suspended)
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Tenant suspended", "This tenant is suspended; contact the platform operator.");
        }

        var pathTenant = http.GetRouteValue(RouteRule.TenantRouteValue) as string;
        if (!string.Equals(pathTenant, owner.TenantId, StringComparison.Ordinal))
        {
            // Another tenant's id gets the same answer as one that does not exist: no existence leak.
            return Refuse(context, StatusCodes.Status404NotFound, "Not found", $"No tenant '{pathTenant}'.");
        }

        if (rule.TenantKind is { } kind && kind != owner.Kind)
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", $"These routes are for {kind.ToString().ToLowerInvariant()} tenants.");
        }

        return Admit(context, requirement, http, CallerContext.ForTenant(owner));
    }

    private Task AuthorizeAthlete(AuthorizationHandlerContext context, RouteRuleRequirement requirement, HttpContext http, RouteRule rule, ApiKeyOwner owner)
    {
        if (!rule.Admits(CallerKinds.TenantStaff | CallerKinds.Athlete))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "Athlete keys cannot use platform-admin routes.");
        }

        if (owner.Status == TenantStatus.Suspended)
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Tenant suspended", "This tenant is suspended; contact the platform operator.");
        }

        var pathTenant = http.GetRouteValue(RouteRule.TenantRouteValue) as string;
        if (!string.Equals(pathTenant, owner.TenantId, StringComparison.Ordinal))
        {
            return Refuse(context, StatusCodes.Status404NotFound, "Not found", $"No tenant '{pathTenant}'.");
        }

        // Another athlete's path gets the same answer as an athlete that does not exist; only then is a
        // staff-only route on the athlete's own path refused for what it is.
        if (http.GetRouteValue(RouteRule.AthleteRouteValue) is string pathAthlete && !string.Equals(pathAthlete, owner.AthleteId, StringComparison.Ordinal))
        {
            return Refuse(context, StatusCodes.Status404NotFound, "Not found", $"No athlete '{pathAthlete}'.");
        }

        if (!rule.Admits(CallerKinds.Athlete))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", "This route is for the tenant's staff, not an athlete key.");
        }

        if (rule.TenantKind is { } kind && kind != owner.Kind)
        {
            return Refuse(context, StatusCodes.Status403Forbidden, "Forbidden", $"These routes are for {kind.ToString().ToLowerInvariant()} tenants.");
        }

        return Admit(context, requirement, http, CallerContext.ForTenant(owner));
    }

    private static Task Admit(AuthorizationHandlerContext context, RouteRuleRequirement requirement, HttpContext http, CallerContext caller)
    {
        http.Features.Set(caller);
        context.Succeed(requirement);
        return Task.CompletedTask;
    }

    private Task Refuse(AuthorizationHandlerContext context, int status, string title, string detail)
    {
        context.Fail(new RouteRefusal(this, status, title, detail));
        return Task.CompletedTask;
    }
}
