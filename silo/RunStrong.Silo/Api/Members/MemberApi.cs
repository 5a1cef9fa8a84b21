using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.Members;

/// <summary>
/// Who an athlete is as a gym member: staff correct the name and email an import brought (or give them to an
/// athlete no import created). The athlete's <c>GET</c> shows the result.
/// </summary>
public static class MemberApi
{
    public static IEndpointRouteBuilder MapMemberApi(this IEndpointRouteBuilder routes)
    {
        routes.MapAthleteGroup("Members")
            .MapRoute(ApiRoutes.Members.PatchMember, PatchMember)
            .WithSummary("Edits the member's first name, last name and email (JSON merge patch); re-imports keep the edit unless the file changes that field.")
                .WithDescription("A JSON merge patch of `firstName`, `lastName` and `email`, checked by the import's rules. Answers 200 with the member.");
        return routes;
    }

    private static async Task<Results<Ok<MemberResponse>, ValidationProblem, ProblemHttpResult>> PatchMember(
        string tenantId, string athleteId, MemberPatchBody body, IGrainFactory grains)
    {
        var edit = await grains.Athlete(tenantId, athleteId).EditMember(body.ToPatch());
        if (edit is null)
        {
            return Problems.NoAthlete(athleteId);
        }

        return edit.Member is null ? Problems.Validation(edit.Errors) : TypedResults.Ok(MemberResponse.Of(edit.Member));
    }
}
