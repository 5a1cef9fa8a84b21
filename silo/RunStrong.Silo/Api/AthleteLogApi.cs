using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Log;
using RunStrong.Coaching.Validation;
using RunStrong.Contracts.Athletes;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>
/// What athletes log (docs/API.md): runs, strength sessions, daily nutrition, measurements. Entries are
/// idempotent by id (201 new, 200 the same again, 409 the id with other content); a day's nutrition log
/// is replaced by a later one. Athletes correct what they logged at the entry's own path: a PUT replaces a
/// run or session (or creates it), a DELETE removes an entry (204, or 404 when there is none). Dates are
/// checked against the athlete's own calendar (their time zone), which their grain holds.
/// </summary>
public static class AthleteLogApi
{
    public static IEndpointRouteBuilder MapAthleteLogApi(this IEndpointRouteBuilder routes)
    {
        var log = routes.MapAthleteGroup("Athlete log");
        log.MapRoute(ApiRoutes.Athletes.PostRun, PostRun).WithSummary("Logs a run; a repeated id is idempotent.")
            .WithDescription("Logs a run with its client-chosen `id`. 201 for a new run; 200 when the same id comes again with the same content (counted once); 409 when the id was used with other content. The run counts on the athlete's local day its `startedAt` falls on.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        log.MapRoute(ApiRoutes.Athletes.PostStrengthSession, PostStrengthSession).WithSummary("Logs a strength session; a repeated id is idempotent.")
            .WithDescription("Logs a strength session (exercises, sets, load) with its client-chosen `id`; answers as logging a run does (201 new, 200 the same again, 409 the id with other content).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        log.MapRoute(ApiRoutes.Athletes.PutNutrition, PutNutrition).WithSummary("Stores the day's nutrition log, replacing an earlier one.")
            .WithDescription("One nutrition log per local day (calories, protein, carbohydrate, fat, meals): a later PUT for the same date replaces it. Answers 200.");
        log.MapRoute(ApiRoutes.Athletes.PostMeasurement, PostMeasurement).WithSummary("Logs a body-mass (and body-fat) measurement.")
            .WithDescription("Logs a body-mass measurement, optionally with body fat and its method, with its client-chosen `id`; answers as logging a run does.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        log.MapRoute(ApiRoutes.Athletes.PutRun, PutRun).WithSummary("Creates or replaces the run with this id.")
            .WithDescription("Creates (201 with `Location`) or replaces (200) the run with this id; the body is as for logging a run, and its `id` must be `{runId}` (400 otherwise).");
        log.MapRoute(ApiRoutes.Athletes.DeleteRun, DeleteRun).WithSummary("Deletes the run with this id.")
            .WithDescription("Deletes the run with this id. Answers 204; 404 when there is none.");
        log.MapRoute(ApiRoutes.Athletes.PutStrengthSession, PutStrengthSession).WithSummary("Creates or replaces the strength session with this id.")
            .WithDescription("Creates (201 with `Location`) or replaces (200) the strength session with this id; its `id` must be `{sessionId}`.");
        log.MapRoute(ApiRoutes.Athletes.DeleteStrengthSession, DeleteStrengthSession).WithSummary("Deletes the strength session with this id.")
            .WithDescription("Deletes the strength session with this id. Answers 204; 404 when there is none.");
        log.MapRoute(ApiRoutes.Athletes.DeleteNutrition, DeleteNutrition).WithSummary("Deletes the day's nutrition log.")
            .WithDescription("Deletes the nutrition log of that date. Answers 204; 404 when there is none.");
        log.MapRoute(ApiRoutes.Athletes.DeleteMeasurement, DeleteMeasurement).WithSummary("Deletes the measurement with this id.")
            .WithDescription("Deletes the measurement with this id. Answers 204; 404 when there is none.");
        return routes;
    }

    private static Task<Results<Created<Run>, Ok<Run>, ValidationProblem, ProblemHttpResult>> PostRun(
        string tenantId, string athleteId, RunInput input, IGrainFactory grains, TimeProvider clock) =>
        Record(
            grains.Athlete(tenantId, athleteId), clock, (calendar, today) => input.Validate(today, calendar),
            static (athlete, run) => athlete.LogRun(run), run => run.Id, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/runs");

    private static Task<Results<Created<StrengthSession>, Ok<StrengthSession>, ValidationProblem, ProblemHttpResult>> PostStrengthSession(
        string tenantId, string athleteId, StrengthSessionInput input, IGrainFactory grains, TimeProvider clock) =>
        Record(
            grains.Athlete(tenantId, athleteId), clock, (calendar, today) => input.Validate(today, calendar),
            static (athlete, session) => athlete.LogStrengthSession(session), session => session.Id, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/strength-sessions");

    private static Task<Results<Created<Measurement>, Ok<Measurement>, ValidationProblem, ProblemHttpResult>> PostMeasurement(
        string tenantId, string athleteId, MeasurementInput input, IGrainFactory grains, TimeProvider clock) =>
        Record(
            grains.Athlete(tenantId, athleteId), clock, (_, today) => input.Validate(today),
            static (athlete, measurement) => athlete.LogMeasurement(measurement), measurement => measurement.Id, $"{AthleteRoutes.PathOf(tenantId, athleteId)}/measurements");

    private static async Task<Results<Ok<NutritionDay>, ValidationProblem>> PutNutrition(
        string tenantId, string athleteId, string date, NutritionDayInput input, IGrainFactory grains, TimeProvider clock)
    {
        if (!QueryDate.TryParse(date, out var day))
        {
            return Problems.Field("date", $"date {QueryDate.Rule}");
        }

        var athlete = grains.Athlete(tenantId, athleteId);
        var (_, today) = await LocalDayOf(athlete, clock);
        var nutrition = input.Validate(day, today);
        if (!nutrition.IsValid)
        {
            return Problems.Validation(nutrition.Errors);
        }

        await athlete.PutNutrition(nutrition.Value);
        return TypedResults.Ok(nutrition.Value);
    }

    private static Task<Results<Created<Run>, Ok<Run>, ValidationProblem>> PutRun(
        string tenantId, string athleteId, string runId, RunInput input, IGrainFactory grains, TimeProvider clock) =>
        Replace(
            "runId", runId, input.Id, grains.Athlete(tenantId, athleteId), clock,
            (id, calendar, today) => (input with { Id = id }).Validate(today, calendar),
            static (athlete, run) => athlete.ReplaceRun(run), $"{AthleteRoutes.PathOf(tenantId, athleteId)}/runs/{runId}");

    private static Task<Results<Created<StrengthSession>, Ok<StrengthSession>, ValidationProblem>> PutStrengthSession(
        string tenantId, string athleteId, string sessionId, StrengthSessionInput input, IGrainFactory grains, TimeProvider clock) =>
        Replace(
            "sessionId", sessionId, input.Id, grains.Athlete(tenantId, athleteId), clock,
            (id, calendar, today) => (input with { Id = id }).Validate(today, calendar),
            static (athlete, session) => athlete.ReplaceStrengthSession(session), $"{AthleteRoutes.PathOf(tenantId, athleteId)}/strength-sessions/{sessionId}");

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteRun(
        string tenantId, string athleteId, string runId, IGrainFactory grains) =>
        Delete("runId", runId, "run", grains.Athlete(tenantId, athleteId).DeleteRun);

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteStrengthSession(
        string tenantId, string athleteId, string sessionId, IGrainFactory grains) =>
        Delete("sessionId", sessionId, "strength session", grains.Athlete(tenantId, athleteId).DeleteStrengthSession);

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteMeasurement(
        string tenantId, string athleteId, string measurementId, IGrainFactory grains) =>
        Delete("measurementId", measurementId, "measurement", grains.Athlete(tenantId, athleteId).DeleteMeasurement);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteNutrition(
        string tenantId, string athleteId, string date, IGrainFactory grains)
    {
        if (!QueryDate.TryParse(date, out var day))
        {
            return Problems.Field("date", $"date {QueryDate.Rule}");
        }

        return await grains.Athlete(tenantId, athleteId).DeleteNutrition(day)
            ? TypedResults.NoContent()
            : Problems.NotFound($"No nutrition log for {date}.");
    }

    /// <summary>The athlete's calendar and their local today, against which the dates they log are checked.</summary>
    private static async Task<(LocalCalendar Calendar, DateOnly Today)> LocalDayOf(IAthleteGrain athlete, TimeProvider clock)
    {
        var calendar = LocalCalendar.For(await athlete.GetTimeZone());
        return (calendar, calendar.Today(clock.GetUtcNow()));
    }

    /// <summary>
    /// Validates an entry against the athlete's calendar and stores it once: 201 new, 200 the same entry again,
    /// 409 its id with other content.
    /// </summary>
    private static async Task<Results<Created<T>, Ok<T>, ValidationProblem, ProblemHttpResult>> Record<T>(
        IAthleteGrain athlete, TimeProvider clock, Func<LocalCalendar, DateOnly, Validated<T>> validate,
        Func<IAthleteGrain, T, Task<LogOutcome>> store, Func<T, string> idOf, string collection)
        where T : class
    {
        var (calendar, today) = await LocalDayOf(athlete, clock);
        var entry = validate(calendar, today);
        if (!entry.IsValid)
        {
            return Problems.Validation(entry.Errors);
        }

        var id = idOf(entry.Value);
        return await store(athlete, entry.Value) switch
        {
            LogOutcome.Logged => TypedResults.Created($"{collection}/{id}", entry.Value),
            LogOutcome.AlreadyLogged => TypedResults.Ok(entry.Value),
            _ => Problems.Conflict($"Id '{id}' is already used by a different entry."),
        };
    }

    /// <summary>
    /// Stores an entry at its own path, replacing what its id held: 201 new, 200 replaced or the same again.
    /// The id is the path's (<paramref name="parameter"/>); a body may repeat it but not name another, which
    /// would be a second entry rather than an edit. The body is checked by its input type's own validator,
    /// against the athlete's calendar.
    /// </summary>
    private static async Task<Results<Created<T>, Ok<T>, ValidationProblem>> Replace<T>(
        string parameter, string id, string? bodyId, IAthleteGrain athlete, TimeProvider clock,
        Func<string, LocalCalendar, DateOnly, Validated<T>> validateWithId, Func<IAthleteGrain, T, Task<ReplaceOutcome>> store, string location)
        where T : class
    {
        if (!EntryId.IsValid(id))
        {
            return InvalidId(parameter);
        }

        var (calendar, today) = await LocalDayOf(athlete, clock);
        var entry = validateWithId(id, calendar, today);
        List<FieldError> errors = bodyId is null || bodyId == id ? [] : [new FieldError("id", $"id must be left out or equal {parameter} in the path ('{id}').")];
        if (errors.Count > 0 || !entry.IsValid)
        {
            return Problems.Validation([.. errors, .. entry.Errors]);
        }

        return await store(athlete, entry.Value) == ReplaceOutcome.Created
            ? TypedResults.Created(location, entry.Value)
            : TypedResults.Ok(entry.Value);
    }

    /// <summary>Deletes the entry with the path's id: 204, or 404 when there is none.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string parameter, string id, string kind, Func<string, Task<bool>> remove)
    {
        if (!EntryId.IsValid(id))
        {
            return InvalidId(parameter);
        }

        return await remove(id) ? TypedResults.NoContent() : Problems.NotFound($"No {kind} '{id}'.");
    }

    /// <summary>An entry id in the path follows the rule of ids in bodies, so any logged entry has a path.</summary>
    private static ValidationProblem InvalidId(string parameter) => Problems.Field(parameter, $"{parameter} {EntryId.Rule}");
}
