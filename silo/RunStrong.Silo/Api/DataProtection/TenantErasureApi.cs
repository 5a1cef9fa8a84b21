using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Erasure;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.DataProtection;

/// <summary>
/// Tenant offboarding (platform admin): erasing a suspended tenant starts a resumable job, followed at its Location.
/// Asking again while it runs answers the same job. Once it completes the tenant answers 404 and its id can be used
/// again; the erasure's own record (tenant id, counts, times) stays, as the proof of erasure.
/// </summary>
public static class TenantErasureApi
{
    public static IEndpointRouteBuilder MapTenantErasureApi(this IEndpointRouteBuilder routes)
    {
        var erasures = routes.MapGroup("").WithTags("Tenants (admin)");
        erasures.MapRoute(ApiRoutes.DataProtection.EraseTenant, Erase)
            .WithSummary("Erases a suspended tenant and everything stored for it: 202 with the erasure's Location.")
            .WithDescription("Offboards a suspended tenant: a resumable background job revokes its keys, cancels its imports and deletes everything stored for it. Answers 202 with the erasure and its `Location`; asking again while it runs answers the same erasure. 409 for an active tenant (suspend it first).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        erasures.MapRoute(ApiRoutes.DataProtection.GetTenantErasure, Get).WithSummary("A tenant erasure's status and what it removed.")
            .WithDescription("The erasure's `status` (`queued`, `running`, `completed`, `failed`), its current `phase`, and counts of what it removed so far.");
        return routes;
    }

    private static async Task<Results<Accepted<TenantErasureProgress>, ProblemHttpResult>> Erase(string tenantId, IGrainFactory grains)
    {
        if (!TenantId.IsValid(tenantId))
        {
            return NoTenant(tenantId);
        }

        var start = await grains.GetGrain<ITenantGrain>(tenantId).BeginErasure(ErasureId.New());
        switch (start.Outcome)
        {
            case ErasureStartOutcome.NoTenant:
                return NoTenant(tenantId);
            case ErasureStartOutcome.NotSuspended:
                return TypedResults.Problem(
                    $"Tenant '{tenantId}' is active: suspend it first (POST /api/admin/tenants/{tenantId}/suspend), so that its keys stop working before it is erased.",
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Only a suspended tenant can be erased.",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["status"] = ["The tenant must be suspended."] } });
        }

        var progress = await grains.GetGrain<ITenantErasureGrain>(start.ErasureId!).Progress();
        return TypedResults.Accepted($"/{ApiRoutes.DataProtection.TenantErasures}/{start.ErasureId}", progress);
    }

    private static async Task<Results<Ok<TenantErasureProgress>, ValidationProblem, ProblemHttpResult>> Get(string erasureId, IGrainFactory grains)
    {
        if (!ErasureId.IsValid(erasureId))
        {
            return Problems.Field("erasureId", $"erasureId {ErasureId.Rule}");
        }

        return await grains.GetGrain<ITenantErasureGrain>(erasureId).Progress() is { } progress
            ? TypedResults.Ok(progress)
            : Problems.NotFound($"No tenant erasure '{erasureId}'.");
    }

    private static ProblemHttpResult NoTenant(string tenantId) => Problems.NotFound($"No tenant '{tenantId}'.");
}
