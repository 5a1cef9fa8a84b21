using RunStrong.Gateway.Authentication;
using RunStrong.Gateway.Hosting;
using RunStrong.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRunStrongGateway();

var app = builder.Build();

// Authentication runs before routing: YARP picks the gym or club route from the authenticated tenant.
app.UseStatusCodePages();
app.UseMiddleware<GatewayAuthenticationMiddleware>();
app.UseRouting();
app.MapDefaultEndpoints();
app.MapReverseProxy();

app.Run();
