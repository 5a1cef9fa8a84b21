using RunStrong.Silo.Api;
using RunStrong.Silo.Api.Activities;
using RunStrong.Silo.Api.Challenges;
using RunStrong.Silo.Api.DataProtection;
using RunStrong.Silo.Api.Keys;
using RunStrong.Silo.Api.LogHistory;
using RunStrong.Silo.Api.Members;
using RunStrong.Silo.Api.Ops;
using RunStrong.Silo.Hosting;
using RunStrong.Silo.Http;
using RunStrong.Silo.OpenApi;
using RunStrong.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRunStrongSilo();
builder.AddSiloHttpApi();
builder.Services.AddRunStrongOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
// The API only on the mutually authenticated cluster listener, then only with the gateway's signature.
app.UseMiddleware<ClusterConnectionRequirement>();
app.UseMiddleware<CallerAuthenticationMiddleware>();
app.UseMiddleware<RouteRuleEnforcement>();
app.UseMiddleware<SignedBodyVerification>();
app.UseMiddleware<TransientGrainFailureRetry>();
app.MapDefaultEndpoints();
app.MapOpenApi(ApiRoutes.Platform.GetOpenApiDocument.Pattern).WithMetadata(ApiRoutes.Platform.GetOpenApiDocument);
app.MapAthletesApi();
app.MapMemberApi();
app.MapAthleteKeysApi();
app.MapDirectoryApi();
app.MapAthleteLogApi();
app.MapCoachingApi();
app.MapLogHistoryApi();
app.MapActivitiesApi();
app.MapAthleteDataProtectionApi();
app.MapImportsApi();
app.MapChallengesApi();
app.MapTenantAdminApi();
app.MapTenantErasureApi();
app.MapClusterOpsApi();

app.Run();
