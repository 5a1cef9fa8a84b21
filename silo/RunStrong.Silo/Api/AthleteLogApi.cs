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

    private static async Task<Results<Created<Run>, Ok<Run>, ValidationProblem, ProblemHttpResult>> PostRun(
        string tenantId, string athleteId, RunInput input, IGrainFactory grains, TimeProvider clock)
    {
        var run = input.Validate(QueryDate.Today(clock));
        return run.IsValid
            ? Answer(await grains.Athlete(tenantId, athleteId).LogRun(run.Value), run.Value, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/runs/{run.Value.Id}", "Run")
            : Problems.Validation(run.Errors);
    }

    private static async Task<Results<Created<StrengthSession>, Ok<StrengthSession>, ValidationProblem, ProblemHttpResult>> PostStrengthSession(
        string tenantId, string athleteId, StrengthSessionInput input, IGrainFactory grains, TimeProvider clock)
    {
        var session = input.Validate(QueryDate.Today(clock));
        return session.IsValid
            ? Answer(await grains.Athlete(tenantId, athleteId).LogStrengthSession(session.Value), session.Value, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/strength-sessions/{session.Value.Id}", "Strength session")
            : Problems.Validation(session.Errors);
    }

    private static async Task<Results<Created<Measurement>, Ok<Measurement>, ValidationProblem, ProblemHttpResult>> PostMeasurement(
        string tenantId, string athleteId, MeasurementInput input, IGrainFactory grains, TimeProvider clock)
    {
        var measurement = input.Validate(QueryDate.Today(clock));
        return measurement.IsValid
            ? Answer(await grains.Athlete(tenantId, athleteId).LogMeasurement(measurement.Value), measurement.Value, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/measurements/{measurement.Value.Id}", "Measurement")
            : Problems.Validation(measurement.Errors);
    }

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

    private static Results<Created<T>, Ok<T>, ValidationProblem, ProblemHttpResult> Answer<T>(LogOutcome outcome, T entry, string location, string what) =>
        outcome switch
        {
            LogOutcome.Logged => TypedResults.Created(location, entry),
            LogOutcome.AlreadyLogged => TypedResults.Ok(entry),
            _ => Problems.Conflict($"{what} id '{location[(location.LastIndexOf('/') + 1)..]}' is already used by a different entry."),
        };
}
