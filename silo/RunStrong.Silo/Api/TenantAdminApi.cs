using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>
/// Platform-admin tenant routes: create a tenant (with its first key), list and read tenants, suspend and
/// resume them, set their limits, issue and revoke keys.
/// </summary>
public static class TenantAdminApi
{
    /// <summary>Largest page of the tenant listing.</summary>
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapTenantAdminApi(this IEndpointRouteBuilder routes)
    {
        var tenants = routes.MapGroup("").WithTags("Tenants (admin)");

        tenants.MapRoute(ApiRoutes.Platform.CreateTenant, CreateTenant).WithSummary("Creates a tenant and returns its first API key, once.");
        tenants.MapRoute(ApiRoutes.Platform.ListTenants, ListTenants).WithSummary("Tenants in id order, a page at a time (limit <= 100, after = last id seen).");
        tenants.MapRoute(ApiRoutes.Platform.GetTenant, GetTenant).WithSummary("A tenant, its status, limits and the ids of its keys.");
        tenants.MapRoute(ApiRoutes.Platform.SuspendTenant, (string tenantId, IGrainFactory grains) => SetStatus(tenantId, TenantStatus.Suspended, grains)).WithSummary("Suspends a tenant: its keys are refused with 403 until it is resumed.");
        tenants.MapRoute(ApiRoutes.Platform.ResumeTenant, (string tenantId, IGrainFactory grains) => SetStatus(tenantId, TenantStatus.Active, grains)).WithSummary("Resumes a suspended tenant.");
        tenants.MapRoute(ApiRoutes.Platform.SetTenantLimits, SetLimits).WithSummary("Replaces a tenant's request rate and body limits.");
        tenants.MapRoute(ApiRoutes.Platform.IssueTenantKey, IssueKey).WithSummary("Issues an additional API key, shown once.");
        tenants.MapRoute(ApiRoutes.Platform.RevokeTenantKey, RevokeKey).WithSummary("Revokes an API key.");
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
        var creation = await grains.GetGrain<ITenantGrain>(tenant.Id).Create(tenant.Name, tenant.Kind, tenant.Limits);
        if (!creation.Created)
        {
            return Problems.Conflict($"Tenant '{tenant.Id}' already exists.");
        }

        var body = new CreatedTenantResponse(tenant.Id, tenant.Name, tenant.Kind, creation.FirstKey!.ApiKey, creation.FirstKey.KeyId, tenant.Limits);
        return TypedResults.Created($"/api/admin/tenants/{tenant.Id}", body);
    }

    private static async Task<Results<Ok<TenantPage>, ValidationProblem>> ListTenants(string? limit, string? after, IGrainFactory grains)
    {
        if (!QueryCount.TryRead(limit, 50, MaxPageSize, out var size))
        {
            return Problems.Field("limit", QueryCount.Rule("limit", MaxPageSize));
        }

        var ids = await grains.GetGrain<ITenantDirectoryGrain>(ITenantDirectoryGrain.Key).Page(after, size);
        var tenants = await Task.WhenAll(ids.Select(id => grains.GetGrain<ITenantGrain>(id).Describe()));
        var items = tenants.OfType<TenantInfo>().ToList();
        return TypedResults.Ok(new TenantPage(items, ids.Count == size ? ids[^1] : null));
    }

    private static async Task<Results<Ok<TenantInfo>, ProblemHttpResult>> GetTenant(string tenantId, IGrainFactory grains)
    {
        var tenant = TenantId.IsValid(tenantId) ? await grains.GetGrain<ITenantGrain>(tenantId).Describe() : null;
        return tenant is null ? NoTenant(tenantId) : TypedResults.Ok(tenant);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetStatus(string tenantId, TenantStatus status, IGrainFactory grains)
    {
        var tenant = TenantId.IsValid(tenantId) ? await grains.GetGrain<ITenantGrain>(tenantId).SetStatus(status) : null;
        return tenant is null ? NoTenant(tenantId) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<TenantInfo>, ValidationProblem, ProblemHttpResult>> SetLimits(
        string tenantId, TenantLimitsInput input, IGrainFactory grains)
    {
        var limits = input.Validate();
        if (!limits.IsValid)
        {
            return Problems.Validation(limits.Errors);
        }

        var tenant = TenantId.IsValid(tenantId) ? await grains.GetGrain<ITenantGrain>(tenantId).SetLimits(limits.Value) : null;
        return tenant is null ? NoTenant(tenantId) : TypedResults.Ok(tenant);
    }

    private static async Task<Results<Created<IssuedApiKey>, ProblemHttpResult>> IssueKey(string tenantId, IGrainFactory grains)
    {
        var key = TenantId.IsValid(tenantId) ? await grains.GetGrain<ITenantGrain>(tenantId).IssueKey() : null;
        return key is null
            ? NoTenant(tenantId)
            : TypedResults.Created($"/api/admin/tenants/{tenantId}/keys/{key.KeyId}", key);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(string tenantId, string keyId, IGrainFactory grains)
    {
        var revoked = TenantId.IsValid(tenantId) && await grains.GetGrain<ITenantGrain>(tenantId).RevokeKey(keyId);
        return revoked ? TypedResults.NoContent() : Problems.NotFound($"No key '{keyId}' for tenant '{tenantId}'.");
    }

    private static ProblemHttpResult NoTenant(string tenantId) => Problems.NotFound($"No tenant '{tenantId}'.");
}
