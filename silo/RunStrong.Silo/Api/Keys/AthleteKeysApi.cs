using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Contracts.Athletes;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.Keys;

/// <summary>
/// Athlete-scoped keys: staff issue one for an athlete (shown once, with a sign-in link), list and revoke them.
/// Such a key reaches only that athlete's routes and reads of the challenges they are in (the route rules say
/// which); only its SHA-256 is stored, in the key's own grain.
/// </summary>
public static class AthleteKeysApi
{
    public static IEndpointRouteBuilder MapAthleteKeysApi(this IEndpointRouteBuilder routes)
    {
        var keys = routes.MapAthleteGroup("Athlete keys");
        keys.MapRoute(ApiRoutes.Athletes.IssueAthleteKey, Issue).WithSummary("Issues a key scoped to this athlete, shown once, with a sign-in link that carries it.")
            .WithDescription("A key scoped to this athlete, shown only in this answer (201 `{keyId, apiKey, signInUrl}` with `Location`): the athlete signs in with it and reaches only their own data. 409 when the athlete already holds 10 live keys.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        keys.MapRoute(ApiRoutes.Athletes.ListAthleteKeys, List).WithSummary("The athlete's keys: ids, when issued and revoked; never the keys.")
            .WithDescription("The athlete's keys oldest first, revoked ones included: ids and when each was issued and revoked, never a key.");
        keys.MapRoute(ApiRoutes.Athletes.RevokeAthleteKey, Revoke).WithSummary("Revokes one of the athlete's keys.")
            .WithDescription("The key is refused from then on (within the gateway's key cache), and sessions signed in with it end. Answers 204, again once revoked; 404 when the athlete has no such key.");
        return routes;
    }

    private static async Task<Results<Created<AthleteKeyResponse>, ProblemHttpResult>> Issue(
        string tenantId, string athleteId, HttpRequest request, PublicBaseUrl publicBaseUrl, IGrainFactory grains)
    {
        var issue = await grains.Athlete(tenantId, athleteId).IssueKey();
        if (issue.Key is not { } key)
        {
            return issue.AthleteExists
                ? Problems.Conflict($"Athlete '{athleteId}' already holds {AthleteKeyIssue.MaxLiveKeys} live keys; revoke one before issuing another.")
                : Problems.NoAthlete(athleteId);
        }

        var signIn = AthleteKeyResponse.SignInUrlOf(publicBaseUrl.For(request), key.ApiKey);
        return TypedResults.Created($"{AthleteRoutes.PathOf(tenantId, athleteId)}/keys/{key.KeyId}", new AthleteKeyResponse(key.KeyId, key.ApiKey, signIn));
    }

    private static async Task<Results<Ok<AthleteKeyList>, ProblemHttpResult>> List(string tenantId, string athleteId, IGrainFactory grains) =>
        await grains.Athlete(tenantId, athleteId).ListKeys() is { } keys
            ? TypedResults.Ok(new AthleteKeyList(keys))
            : Problems.NoAthlete(athleteId);

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string tenantId, string athleteId, string keyId, IGrainFactory grains) =>
        await grains.Athlete(tenantId, athleteId).RevokeKey(keyId)
            ? TypedResults.NoContent()
            : Problems.NotFound($"Athlete '{athleteId}' has no key '{keyId}'.");
}
