using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Engine;
using RunStrong.Coaching.Engine.Plan;
using RunStrong.Coaching.Log;
using RunStrong.Contracts.Athletes;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>What the coaching engine says (docs/API.md, "The coaching report"): recommendations as of a date, and a 7-day plan.</summary>
public static class CoachingApi
{
    public static IEndpointRouteBuilder MapCoachingApi(this IEndpointRouteBuilder routes)
    {
        var coaching = routes.MapAthleteGroup("Coaching");
        coaching.MapRoute(ApiRoutes.Athletes.GetRecommendations, GetRecommendations)
            .WithSummary("Every rule that fires for the athlete as of a date, with the numbers behind it and its evidence.")
            .WithDescription("The coaching report as of `asOf` (default: the athlete's local today): muscle-retention risk and what drives it, targets, training load, trends, and each recommendation with its numbers, sources, evidence grade and whether it is contested. 409 names the profile fields coaching still needs.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        coaching.MapRoute(ApiRoutes.Athletes.GetPlan, GetPlan)
            .WithSummary("Seven days of sessions and fuel targets starting on weekOf (default: the Monday of the athlete's local week).")
            .WithDescription("Seven days from `weekOf` (default: the Monday of the athlete's local week): planned runs, strength sessions and each day's fuel; days already lived list what was logged. 409 as for the recommendations.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<Results<Ok<CoachingReport>, ValidationProblem, ProblemHttpResult>> GetRecommendations(
        string tenantId, string athleteId, string? asOf, IGrainFactory grains, TimeProvider clock)
    {
        // An explicit date is bounded by the UTC today (a day either way of the athlete's does not matter); the
        // default is the athlete's local today, which only their grain knows.
        var today = QueryDate.Today(clock);
        if (!QueryDate.TryReadOptional(asOf, out var date) || date < DetailWindow.FirstDetailedDay(today) || date > today.AddDays(1))
        {
            return Problems.Field("asOf", $"asOf {QueryDate.Rule[..^1]}, within the last {DetailWindow.Days} days and no later than tomorrow.");
        }

        var athlete = grains.Athlete(tenantId, athleteId);
        var report = await athlete.GetRecommendations(date);
        return report is null ? await ProfileNeededAsync(athlete, athleteId) : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<WeekPlan>, ValidationProblem, ProblemHttpResult>> GetPlan(
        string tenantId, string athleteId, string? weekOf, IGrainFactory grains, TimeProvider clock)
    {
        var today = QueryDate.Today(clock);
        if (!QueryDate.TryReadOptional(weekOf, out var start) || start < today.AddDays(-7) || start > today.AddDays(28))
        {
            return Problems.Field("weekOf", $"weekOf {QueryDate.Rule[..^1]}, from a week ago to four weeks ahead.");
        }

        var athlete = grains.Athlete(tenantId, athleteId);
        var plan = await athlete.GetPlan(start);
        return plan is null ? await ProfileNeededAsync(athlete, athleteId) : TypedResults.Ok(plan);
    }

    /// <summary>
    /// 409 naming the profile fields the athlete lacks. Asked only on this path: a member imported without body data
    /// is common, and the athlete (or a later import) adds the fields, so the answer says which.
    /// </summary>
    private static async Task<ProblemHttpResult> ProfileNeededAsync(IAthleteGrain athlete, string athleteId)
    {
        // Nothing known about the athlete (never logged, or erased): 404, as every athlete route answers.
        if (await athlete.GetOverview(null) is null)
        {
            return Problems.NoAthlete(athleteId);
        }

        var missing = await athlete.GetMissingProfileFields();

        // Between the two calls a profile may have been set; coaching then still needs what any profile holds.
        return Problems.ProfileIncomplete(missing.Count > 0 ? missing : ["sex", "birthYear", "heightCm", "weightKg"]);
    }
}
