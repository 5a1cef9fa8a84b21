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

        tenants.MapRoute(ApiRoutes.Platform.CreateTenant, CreateTenant).WithSummary("Creates a tenant and returns its first API key, once.")
            .WithDescription("The tenant's `id` (its path segment from then on), `name` and `kind` (`gym` or `club`), with optional `limits` (`requestsPerMinute`, `burst`, `maxBodyBytes`; defaults 1200, 200 and 1 MB). Answers 201 with the tenant, its first API key (`apiKey`, shown only here) and the key's id. 409 when the id is taken; 400 names each invalid field.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        tenants.MapRoute(ApiRoutes.Platform.ListTenants, ListTenants).WithSummary("Tenants in id order, a page at a time (limit <= 100, after = last id seen).")
            .WithDescription("Tenants in id order, `limit` (1-100, default 50) at a time. `next` is the `after` for the next page, null at the end.");
        tenants.MapRoute(ApiRoutes.Platform.GetTenant, GetTenant).WithSummary("A tenant, its status, limits and the ids of its keys.")
            .WithDescription("The tenant with its status (`active` or `suspended`), limits, and the ids of its keys with when each was issued and revoked (never a key).");
        tenants.MapRoute(ApiRoutes.Platform.SuspendTenant, (string tenantId, IGrainFactory grains) => SetStatus(tenantId, TenantStatus.Suspended, grains)).WithSummary("Suspends a tenant: its keys are refused with 403 until it is resumed.")
            .WithDescription("A suspended tenant's keys and signed-in sessions are refused with 403 within the gateway's key cache (30 s). Its data stays until it is resumed or erased. Answers 204.");
        tenants.MapRoute(ApiRoutes.Platform.ResumeTenant, (string tenantId, IGrainFactory grains) => SetStatus(tenantId, TenantStatus.Active, grains)).WithSummary("Resumes a suspended tenant.")
            .WithDescription("The tenant's keys work again (within the gateway's key cache, 30 s). Answers 204.");
        tenants.MapRoute(ApiRoutes.Platform.SetTenantLimits, SetLimits).WithSummary("Replaces a tenant's request rate and body limits.")
            .WithDescription("Replaces the tenant's `requestsPerMinute`, `burst` and `maxBodyBytes`; a missing field takes its default (1200, 200, 1 MB). New limits apply to the tenant's next requests. Answers 200 with the tenant.");
        tenants.MapRoute(ApiRoutes.Platform.IssueTenantKey, IssueKey).WithSummary("Issues an additional API key, shown once.")
            .WithDescription("A new key for the tenant's staff, shown only in this answer (201 `{keyId, apiKey}`). Older keys stay valid until revoked.");
        tenants.MapRoute(ApiRoutes.Platform.RevokeTenantKey, RevokeKey).WithSummary("Revokes an API key.")
            .WithDescription("The key is refused from then on (within the gateway's key cache, 30 s). Answers 204; 404 for an unknown tenant or key.");
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
