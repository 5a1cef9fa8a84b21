using RunStrong.Coaching.Validation;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Identity;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>What every athlete route shares: the athlete id check and the grain it addresses.</summary>
internal static class AthleteRoutes
{
    /// <summary>A group for athlete routes (patterns come whole from their rules): tagged, with the athlete id checked (and its 400 declared).</summary>
    public static RouteGroupBuilder MapAthleteGroup(this IEndpointRouteBuilder routes, string tag) =>
        routes.MapGroup("")
            .WithTags(tag)
            .AddEndpointFilter(ValidateAthleteId)
            .ProducesValidationProblem();

    public static IAthleteGrain Athlete(this IGrainFactory grains, string tenantId, string athleteId) =>
        grains.GetGrain<IAthleteGrain>(AthleteId.GrainKey(tenantId, athleteId));

    public static string PathOf(string tenantId, string athleteId) => $"/api/t/{tenantId}/athletes/{athleteId}";

    private static async ValueTask<object?> ValidateAthleteId(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        AthleteId.IsValid(context.HttpContext.GetRouteValue("athleteId") as string)
            ? await next(context)
            : Problems.Validation([new FieldError("athleteId", $"athleteId {AthleteId.Rule}")]);
}
