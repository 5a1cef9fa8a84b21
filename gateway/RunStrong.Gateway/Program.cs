using Orleans.Dashboard;
using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Forwarding;
using RunStrong.Gateway.Hosting;
using RunStrong.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRunStrongGateway();

var app = builder.Build();

// Authentication runs before routing: YARP picks the gym or club route from the authenticated tenant,
// and the rate limiter partitions by it.
app.UseStatusCodePages();
app.UseMiddleware<GatewayAuthenticationMiddleware>();
app.UseMiddleware<LoadShedding>();
app.UseRateLimiter();
app.UseRouting();
app.MapDefaultEndpoints();
app.MapOrleansDashboard(routePrefix: "/ops/dashboard");
app.MapReverseProxy(proxy =>
{
    // A request that failed on one silo before any response began is tried on another (IdempotentRetry).
    proxy.Use(IdempotentRetry.InvokeAsync);
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});

app.Run();
