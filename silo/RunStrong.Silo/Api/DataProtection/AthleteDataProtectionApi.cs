using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Silo.Activities;
using RunStrong.Silo.Api.Activities;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.DataProtection;

/// <summary>
/// A member's data-protection requests: the export of everything stored about them, and their erasure. Erasing is
/// idempotent: an athlete already erased (or never known) answers 204 again, so a retried request gets the same answer.
/// </summary>
public static class AthleteDataProtectionApi
{
    public static IEndpointRouteBuilder MapAthleteDataProtectionApi(this IEndpointRouteBuilder routes)
    {
        var athletes = routes.MapAthleteGroup("Data protection");
        athletes.MapRoute(ApiRoutes.DataProtection.ExportAthlete, Export).WithSummary("Everything stored about the athlete, as one JSON document.")
            .WithDescription("Everything stored about the athlete as one JSON attachment, for a data-access request.");
        athletes.MapRoute(ApiRoutes.DataProtection.EraseAthlete, Erase)
            .WithSummary("Erases the athlete everywhere: 204 once erased (again for one already gone), 202 when it finishes in the background.")
            .WithDescription("Erases the athlete and everything stored about them. 204 once erased everywhere, and again for an athlete already erased or never known; 202 when a step finishes in the background (the athlete already answers 404).");
        return routes;
    }

    private static async Task<Results<Ok<AthleteExportResponse>, ProblemHttpResult>> Export(
        string tenantId, string athleteId, HttpContext http, IGrainFactory grains, ActivityStore activities, TimeProvider clock)
    {
        var export = await grains.Athlete(tenantId, athleteId).Export();
        if (export is null)
        {
            return Problems.NoAthlete(athleteId);
        }

        var uploaded = new List<ActivityResponse>();
        string? after = null;
        do
        {
            // Every activity with its laps (originals are downloaded one by one at their own path).
            var (items, next) = await activities.ListAsync(tenantId, athleteId, null, null, after, LogPageRequest.MaxLimit, http.RequestAborted);
            uploaded.AddRange(items.Select(a => ActivityResponse.Of(a)));
            after = next;
        }
        while (after is not null);

        var now = clock.GetUtcNow();
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{tenantId}-{athleteId}-export-{now:yyyyMMdd'T'HHmmss'Z'}.json\"";
        return TypedResults.Ok(AthleteExportResponse.Of(tenantId, athleteId, export, uploaded, now));
    }

    private static async Task<Results<NoContent, Accepted>> Erase(string tenantId, string athleteId, IGrainFactory grains) =>
        await grains.Athlete(tenantId, athleteId).EraseAthlete()
            ? TypedResults.NoContent()
            // A step failed (a challenge unreachable, storage refused): the athlete is already gone to every route and
            // the erase's reminder finishes it; repeating the request tries again at once.
            : TypedResults.Accepted((string?)null);
}
