using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Coaching.Athletes;
using RunStrong.Coaching.Validation;
using RunStrong.Silo.Api.Members;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api;

/// <summary>The athlete and their profile (docs/API.md): read with a 7/28-day summary, create or replace.</summary>
public static class AthletesApi
{
    public static IEndpointRouteBuilder MapAthletesApi(this IEndpointRouteBuilder routes)
    {
        var athletes = routes.MapAthleteGroup("Athletes");
        athletes.MapRoute(ApiRoutes.Athletes.GetAthlete, GetAthlete).WithSummary("The athlete's profile and last 7/28 days of training and eating.")
            .WithDescription("The athlete's profile, identity as a member (`member`, null for an athlete without member data) and a summary of the 7 and 28 days ending on `asOf` (default: the athlete's local today): runs, distance, hard sessions, strength and leg sessions, nutrition days and energy availability.");
        athletes.MapRoute(ApiRoutes.Athletes.PutProfile, PutProfile).WithSummary("Creates or replaces the athlete's profile.")
            .WithDescription("Creates or replaces the athlete's profile (sex, birth year, height, weight, body fat, running experience, goal, training phase, recent injury, and `timeZone` as an IANA id, UTC when left out). Coaching needs sex, birth year, height and weight. Answers 200 with the stored profile.");
        return routes;
    }

    private static async Task<Results<Ok<AthleteResponse>, ValidationProblem, ProblemHttpResult>> GetAthlete(
        string tenantId, string athleteId, string? asOf, IGrainFactory grains)
    {
        if (!QueryDate.TryReadOptional(asOf, out var date))
        {
            return Problems.Field("asOf", $"asOf {QueryDate.Rule}");
        }

        var overview = await grains.Athlete(tenantId, athleteId).GetOverview(date);
        return overview is null
            ? Problems.NoAthlete(athleteId)
            : TypedResults.Ok(new AthleteResponse(
                tenantId, athleteId, overview.Profile, overview.Summary, overview.Member is null ? null : MemberResponse.Of(overview.Member)));
    }

    private static async Task<Results<Ok<AthleteProfile>, ValidationProblem>> PutProfile(
        string tenantId, string athleteId, ProfileInput input, IGrainFactory grains, TimeProvider clock)
    {
        var profile = input.Validate(QueryDate.Today(clock));
        if (!profile.IsValid)
        {
            return Problems.Validation(profile.Errors);
        }

        await grains.Athlete(tenantId, athleteId).SetProfile(profile.Value);
        return TypedResults.Ok(profile.Value);
    }
}
