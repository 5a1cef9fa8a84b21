using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>Platform-admin tenant routes: create a tenant (with its first key), read it, issue and revoke keys.</summary>
public static class TenantAdminApi
{
    public static IEndpointRouteBuilder MapTenantAdminApi(this IEndpointRouteBuilder routes)
    {
        var tenants = routes.MapGroup("api/admin/tenants")
            .WithTags("Tenants (admin)")
            .AddEndpointFilter<AdminOnlyFilter>();

        tenants.MapPost("", CreateTenant).WithName("CreateTenant").WithSummary("Creates a tenant and returns its first API key, once.");
        tenants.MapGet("{tenantId}", GetTenant).WithName("GetTenant").WithSummary("A tenant and the ids of its keys.");
        tenants.MapPost("{tenantId}/keys", IssueKey).WithName("IssueTenantKey").WithSummary("Issues an additional API key, shown once.");
        tenants.MapDelete("{tenantId}/keys/{keyId}", RevokeKey).WithName("RevokeTenantKey").WithSummary("Revokes an API key.");
        return routes;
    }

    private static async Task<Results<Created<CreatedTenantResponse>, ValidationProblem, ProblemHttpResult>> CreateTenant(
        TenantInput input, IGrainFactory grains)
    {
        var registration = input.Validate();
        if (!registration.IsValid)
        {
            return Problems.Validation(registration.Errors);
        }

        var tenant = registration.Value;
        var creation = await grains.GetGrain<ITenantGrain>(tenant.Id).Create(tenant.Name, tenant.Kind);
        if (!creation.Created)
        {
            return Problems.Conflict($"Tenant '{tenant.Id}' already exists.");
        }

        var body = new CreatedTenantResponse(tenant.Id, tenant.Name, tenant.Kind, creation.FirstKey!.ApiKey, creation.FirstKey.KeyId);
        return TypedResults.Created($"/api/admin/tenants/{tenant.Id}", body);
    }

    private static async Task<Results<Ok<TenantInfo>, ProblemHttpResult>> GetTenant(string tenantId, IGrainFactory grains)
    {
        var tenant = TenantId.IsValid(tenantId) ? await grains.GetGrain<ITenantGrain>(tenantId).Describe() : null;
        return tenant is null ? Problems.NotFound($"No tenant '{tenantId}'.") : TypedResults.Ok(tenant);
    }

    private static async Task<Results<Created<IssuedApiKey>, ProblemHttpResult>> IssueKey(string tenantId, IGrainFactory grains)
    {
        var key = TenantId.IsValid(tenantId) ? await grains.GetGrain<ITenantGrain>(tenantId).IssueKey() : null;
        return key is null
            ? Problems.NotFound($"No tenant '{tenantId}'.")
            : TypedResults.Created($"/api/admin/tenants/{tenantId}/keys/{key.KeyId}", key);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(string tenantId, string keyId, IGrainFactory grains)
    {
        var revoked = TenantId.IsValid(tenantId) && await grains.GetGrain<ITenantGrain>(tenantId).RevokeKey(keyId);
        return revoked ? TypedResults.NoContent() : Problems.NotFound($"No key '{keyId}' for tenant '{tenantId}'.");
    }
}
