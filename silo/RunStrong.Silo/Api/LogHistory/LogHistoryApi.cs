using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log.Reading;
using RunStrong.Coaching.Validation;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.LogHistory;

/// <summary>
/// Reading back what an athlete logged: runs, strength sessions, nutrition days and measurements newest first, a
/// page at a time (<c>limit</c>, and <c>after</c> = the previous page's <c>next</c>), and weekly totals including
/// the weeks folded out of the detail window. <c>from</c>/<c>to</c> are the athlete's local days. An athlete
/// nothing is known about answers 404, as <c>GET …/athletes/{athleteId}</c> does.
/// </summary>
public static class LogHistoryApi
{
    public static IEndpointRouteBuilder MapLogHistoryApi(this IEndpointRouteBuilder routes)
    {
        var history = routes.MapAthleteGroup("Athlete log");
        history.MapRoute(ApiRoutes.Athletes.ListRuns, ListRuns).WithSummary("The athlete's runs, newest first, a page at a time.")
            .WithDescription("Runs newest first by `startedAt`, `limit` (1-100, default 50) at a time, each as logging it answered; `from` and `to` are the athlete's local days. `next` is the `after` for the next page.");
        history.MapRoute(ApiRoutes.Athletes.ListStrengthSessions, ListStrengthSessions).WithSummary("The athlete's strength sessions, newest first, a page at a time.")
            .WithDescription("Strength sessions newest first, a page at a time, as the runs list.");
        history.MapRoute(ApiRoutes.Athletes.ListNutrition, ListNutrition).WithSummary("The athlete's nutrition days, newest first, a page at a time.")
            .WithDescription("Nutrition days newest date first, a page at a time, as the runs list.");
        history.MapRoute(ApiRoutes.Athletes.ListMeasurements, ListMeasurements).WithSummary("The athlete's measurements, newest first, a page at a time.")
            .WithDescription("Measurements by date then id, newest first, a page at a time, as the runs list.");
        history.MapRoute(ApiRoutes.Athletes.ListWeeks, ListWeeks).WithSummary("Weekly totals newest first, including weeks older than the detail window.")
            .WithDescription("Weekly totals (Monday to Sunday, local) newest first for every week with anything logged that has a day between `from` and `to`, including weeks folded into totals beyond the detailed log.");
        return routes;
    }

    private static Task<Results<Ok<LogPageResponse<Run>>, ValidationProblem, ProblemHttpResult>> ListRuns(
        string tenantId, string athleteId, [AsParameters] LogPageQuery query, IGrainFactory grains) =>
        Page(athleteId, query, LogEntryKind.Runs, grains.Athlete(tenantId, athleteId).ListRuns);

    private static Task<Results<Ok<LogPageResponse<StrengthSession>>, ValidationProblem, ProblemHttpResult>> ListStrengthSessions(
        string tenantId, string athleteId, [AsParameters] LogPageQuery query, IGrainFactory grains) =>
        Page(athleteId, query, LogEntryKind.StrengthSessions, grains.Athlete(tenantId, athleteId).ListStrengthSessions);

    private static Task<Results<Ok<LogPageResponse<NutritionDay>>, ValidationProblem, ProblemHttpResult>> ListNutrition(
        string tenantId, string athleteId, [AsParameters] LogPageQuery query, IGrainFactory grains) =>
        Page(athleteId, query, LogEntryKind.Nutrition, grains.Athlete(tenantId, athleteId).ListNutrition);

    private static Task<Results<Ok<LogPageResponse<Measurement>>, ValidationProblem, ProblemHttpResult>> ListMeasurements(
        string tenantId, string athleteId, [AsParameters] LogPageQuery query, IGrainFactory grains) =>
        Page(athleteId, query, LogEntryKind.Measurements, grains.Athlete(tenantId, athleteId).ListMeasurements);

    private static async Task<Results<Ok<WeekList>, ValidationProblem, ProblemHttpResult>> ListWeeks(
        string tenantId, string athleteId, [AsParameters] LocalDaysQuery query, IGrainFactory grains)
    {
        var checks = new FieldChecks();
        var days = query.Read(checks);
        if (days is null)
        {
            return Problems.Validation(checks.Errors);
        }

        var weeks = await grains.Athlete(tenantId, athleteId).ListWeeks(days);
        return weeks is null ? Problems.NoAthlete(athleteId) : TypedResults.Ok(new WeekList([.. weeks.Select(WeekResponse.Of)]));
    }

    /// <summary>Reads the query, then the page; 400 naming every bad parameter, 404 for an unknown athlete.</summary>
    private static async Task<Results<Ok<LogPageResponse<T>>, ValidationProblem, ProblemHttpResult>> Page<T>(
        string athleteId, LogPageQuery query, LogEntryKind kind, Func<LogPageRequest, Task<LogPage<T>?>> list)
    {
        var request = query.Read(kind);
        if (!request.IsValid)
        {
            return Problems.Validation(request.Errors);
        }

        var page = await list(request.Value);
        return page is null ? Problems.NoAthlete(athleteId) : TypedResults.Ok(new LogPageResponse<T>(page.Items, page.Next));
    }
}
