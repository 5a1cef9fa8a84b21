using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using RunStrong.Contracts.Routes;
using RunStrong.Contracts.Tenants;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Authorization;
using RunStrong.Gateway.Ops;

namespace RunStrong.Gateway.Hosting;

/// <summary>
/// The edge on ASP.NET Core's own machinery: one authentication scheme per kind of credential, and the
/// authorization policies routes name. Adding a kind of caller (athlete keys, page sessions) is one more
/// scheme and a line in the route rules, not another branch in a middleware.
/// </summary>
public static class GatewayAuthenticationExtensions
{
    public static WebApplicationBuilder AddGatewayAuthentication(this WebApplicationBuilder builder, string adminKey, TimeSpan opsSessionIdle)
    {
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TenantKeyHandler>(GatewaySchemes.TenantKey, null)
            .AddScheme<AdminKeyOptions, AdminKeyHandler>(GatewaySchemes.AdminKey, null)
            .AddScheme<AdminKeyOptions, AdminKeyHandler>(GatewaySchemes.AdminBearer, options => options.AcceptsBearerToken = true)
            .AddScheme<AuthenticationSchemeOptions, WebSessionHandler>(GatewaySchemes.WebSession, null)
            .AddOpsSessions(adminKey, opsSessionIdle)
            .AddPolicyScheme(GatewaySchemes.Ops, "Admin key or operator session", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(RequestHeaders.AdminKey) || context.Request.Headers.Authorization.Count > 0
                    ? GatewaySchemes.AdminKey
                    : GatewaySchemes.OpsSession);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GatewayPolicies.RouteRule, policy => policy
                .AddAuthenticationSchemes(GatewaySchemes.TenantKey, GatewaySchemes.AdminKey, GatewaySchemes.WebSession)
                .AddRequirements(RouteRuleRequirement.Instance))
            .AddPolicy(GatewayPolicies.WebPage, policy => policy
                .AddAuthenticationSchemes(GatewaySchemes.WebSession)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.Resource is HttpContext http && http.Features.Get<ApiKeyOwner>() is { Status: not TenantStatus.Suspended }))
            .AddPolicy(GatewayPolicies.PlatformAdmin, policy => policy
                .AddAuthenticationSchemes(GatewaySchemes.AdminBearer, GatewaySchemes.TenantKey)
                .RequireClaim(GatewaySchemes.CallerKindClaim, nameof(CallerKinds.Admin)))
            .AddPolicy(GatewayPolicies.Operator, policy => policy
                .AddAuthenticationSchemes(GatewaySchemes.Ops)
                .RequireClaim(GatewaySchemes.CallerKindClaim, nameof(CallerKinds.Admin)));
        builder.Services.AddSingleton<IAuthorizationHandler, RouteRuleAuthorizationHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        builder.Services.AddAntiforgery(options =>
        {
            // One token cookie for every form this gateway serves (the ops sign-in and the web pages).
            options.Cookie.Name = "rs_form";
            options.Cookie.Path = "/";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }
}
