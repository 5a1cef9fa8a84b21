using Orleans.Dashboard;
using RunStrong.Gateway.ApiReference;
using RunStrong.Gateway.Authorization;
using RunStrong.Gateway.Forwarding;
using RunStrong.Gateway.Hosting;
using RunStrong.Gateway.Ops;
using RunStrong.Gateway.Web;
using RunStrong.ServiceDefaults;
using RunStrong.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRunStrongGateway();
builder.Services.AddApiReference();

var app = builder.Build();

// Who may call what is decided per route (the route's authorization policy, read from its declared rule)
// after routing; the rate limiter and body limit then know the caller's tenant.
app.UseStatusCodePages();
app.UseMiddleware<ForgedCallerHeaders>();
app.UseMiddleware<ApiReferenceSecurityHeaders>();
app.UseRunStrongWebAssets();
app.UseRouting();
app.UseAuthorization();
app.UseAntiforgery();
app.UseMiddleware<LoadShedding>();
app.UseRateLimiter();
app.UseMiddleware<RouteBodyLimit>();
app.MapDefaultEndpoints(metrics => metrics.RequireAuthorization(GatewayPolicies.PlatformAdmin));
app.MapOpsSignIn();
app.MapWebSignIn();
app.MapApiReferencePage();
app.MapRunStrongWeb(GatewayPolicies.WebPage, GatewayPolicies.TenantRate);
app.MapOrleansDashboard(routePrefix: "/ops/dashboard").RequireAuthorization(GatewayPolicies.Operator);
app.MapReverseProxy(proxy =>
{
    // The body is hashed for the signature (and buffered, so a retry can send it again) before any attempt.
    proxy.Use(ForwardedBody.InvokeAsync);
    // A request that failed on one silo before any response began is tried on another (IdempotentRetry).
    proxy.Use(IdempotentRetry.InvokeAsync);
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
}).ConfigureEndpoints((endpoint, route) =>
{
    // Each proxy route carries its declared rule, as the silo's endpoint does: policies, limits and retries read it there.
    if (RunStrong.Contracts.Routes.ApiRoutes.Named(route.RouteId) is { } rule)
    {
        endpoint.WithMetadata(rule);
    }
});

app.Run();
