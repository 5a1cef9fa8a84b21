using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Validation;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>
/// What athletes log (shared/API.md): runs, strength sessions, daily nutrition, measurements. Entries are
/// idempotent by id (201 new, 200 the same again, 409 the id with other content); a day's nutrition log
/// is replaced by a later one.
/// </summary>
public static class AthleteLogApi
{
    public static IEndpointRouteBuilder MapAthleteLogApi(this IEndpointRouteBuilder routes)
    {
        var log = routes.MapAthleteGroup("Athlete log");
        log.MapPost("runs", PostRun).WithName("PostRun").WithSummary("Logs a run; a repeated id is idempotent.");
        log.MapPost("strength-sessions", PostStrengthSession).WithName("PostStrengthSession").WithSummary("Logs a strength session; a repeated id is idempotent.");
        log.MapPut("nutrition/{date}", PutNutrition).WithName("PutNutrition").WithSummary("Stores the day's nutrition log, replacing an earlier one.");
        log.MapPost("measurements", PostMeasurement).WithName("PostMeasurement").WithSummary("Logs a body-mass (and body-fat) measurement.");
        return routes;
    }

    private static Task<Results<Created<Run>, Ok<Run>, ValidationProblem, ProblemHttpResult>> PostRun(
        string tenantId, string athleteId, RunInput input, IGrainFactory grains, TimeProvider clock) =>
        Record(input.Validate(QueryDate.Today(clock)), grains.Athlete(tenantId, athleteId).LogRun, run => run.Id, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/runs");

    private static Task<Results<Created<StrengthSession>, Ok<StrengthSession>, ValidationProblem, ProblemHttpResult>> PostStrengthSession(
        string tenantId, string athleteId, StrengthSessionInput input, IGrainFactory grains, TimeProvider clock) =>
        Record(input.Validate(QueryDate.Today(clock)), grains.Athlete(tenantId, athleteId).LogStrengthSession, session => session.Id, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/strength-sessions");

    private static Task<Results<Created<Measurement>, Ok<Measurement>, ValidationProblem, ProblemHttpResult>> PostMeasurement(
        string tenantId, string athleteId, MeasurementInput input, IGrainFactory grains, TimeProvider clock) =>
        Record(input.Validate(QueryDate.Today(clock)), grains.Athlete(tenantId, athleteId).LogMeasurement, measurement => measurement.Id, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/measurements");

    private static async Task<Results<Ok<NutritionDay>, ValidationProblem>> PutNutrition(
        string tenantId, string athleteId, string date, NutritionDayInput input, IGrainFactory grains, TimeProvider clock)
    {
        if (!QueryDate.TryParse(date, out var day))
        {
            return Problems.Field("date", $"date {QueryDate.Rule}");
        }

        var nutrition = input.Validate(day, QueryDate.Today(clock));
        if (!nutrition.IsValid)
        {
            return Problems.Validation(nutrition.Errors);
        }

        await grains.Athlete(tenantId, athleteId).PutNutrition(nutrition.Value);
        return TypedResults.Ok(nutrition.Value);
    }

    /// <summary>Stores a validated entry once: 201 new, 200 the same entry again, 409 its id with other content.</summary>
    private static async Task<Results<Created<T>, Ok<T>, ValidationProblem, ProblemHttpResult>> Record<T>(
        Validated<T> entry, Func<T, Task<LogOutcome>> store, Func<T, string> idOf, string collection)
        where T : class
    {
        if (!entry.IsValid)
        {
            return Problems.Validation(entry.Errors);
        }

        var id = idOf(entry.Value);
        return await store(entry.Value) switch
        {
            LogOutcome.Logged => TypedResults.Created($"{collection}/{id}", entry.Value),
            LogOutcome.AlreadyLogged => TypedResults.Ok(entry.Value),
            _ => Problems.Conflict($"Id '{id}' is already used by a different entry."),
        };
    }
}
