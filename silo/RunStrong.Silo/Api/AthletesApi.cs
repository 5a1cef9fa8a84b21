using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Validation;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Identity;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>The athlete routes of shared/API.md: profile, runs and the athlete with their summary.</summary>
public static class AthletesApi
{
    public static IEndpointRouteBuilder MapAthletesApi(this IEndpointRouteBuilder routes)
    {
        var athletes = routes.MapGroup("api/t/{tenantId}/athletes/{athleteId}")
            .WithTags("Athletes")
            .AddEndpointFilter<TenantScopeFilter>()
            .AddEndpointFilter(ValidateAthleteId);

        athletes.MapGet("", GetAthlete).WithName("GetAthlete").WithSummary("The athlete's profile and last 7/28 days of training.");
        athletes.MapPut("", PutProfile).WithName("PutProfile").WithSummary("Creates or replaces the athlete's profile.");
        athletes.MapPost("runs", PostRun).WithName("PostRun").WithSummary("Logs a run; a repeated id is idempotent.");
        return routes;
    }

    private static async Task<Results<Ok<AthleteResponse>, ValidationProblem, ProblemHttpResult>> GetAthlete(
        string tenantId, string athleteId, string? asOf, IGrainFactory grains, TimeProvider clock)
    {
        if (!AsOfDate.TryRead(asOf, clock, out var date))
        {
            return Problems.Field("asOf", "asOf must be a date in the form yyyy-MM-dd.");
        }

        var overview = await Athlete(grains, tenantId, athleteId).GetOverview(date);
        return overview is null
            ? Problems.NotFound($"No athlete '{athleteId}'.")
            : TypedResults.Ok(new AthleteResponse(tenantId, athleteId, overview.Profile, overview.Summary));
    }

    private static async Task<Results<Ok<AthleteProfile>, ValidationProblem>> PutProfile(
        string tenantId, string athleteId, ProfileInput input, IGrainFactory grains, TimeProvider clock)
    {
        var profile = input.Validate(AsOfDate.Today(clock));
        if (!profile.IsValid)
        {
            return Problems.Validation(profile.Errors);
        }

        await Athlete(grains, tenantId, athleteId).SetProfile(profile.Value);
        return TypedResults.Ok(profile.Value);
    }

    private static async Task<Results<Created<Run>, Ok<Run>, ValidationProblem, ProblemHttpResult>> PostRun(
        string tenantId, string athleteId, RunInput input, IGrainFactory grains, TimeProvider clock)
    {
        var run = input.Validate(AsOfDate.Today(clock));
        if (!run.IsValid)
        {
            return Problems.Validation(run.Errors);
        }

        var outcome = await Athlete(grains, tenantId, athleteId).LogRun(run.Value);
        return outcome switch
        {
            RunLogOutcome.Logged => TypedResults.Created($"/api/t/{tenantId}/athletes/{athleteId}/runs/{run.Value.Id}", run.Value),
            RunLogOutcome.AlreadyLogged => TypedResults.Ok(run.Value),
            _ => Problems.Conflict($"Run id '{run.Value.Id}' is already used by a different run."),
        };
    }

    private static IAthleteGrain Athlete(IGrainFactory grains, string tenantId, string athleteId) =>
        grains.GetGrain<IAthleteGrain>(AthleteId.GrainKey(tenantId, athleteId));

    private static async ValueTask<object?> ValidateAthleteId(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        AthleteId.IsValid(context.HttpContext.GetRouteValue("athleteId") as string)
            ? await next(context)
            : Problems.Validation([new FieldError("athleteId", $"athleteId {AthleteId.Rule}")]);
}
