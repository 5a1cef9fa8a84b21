using Microsoft.AspNetCore.Http.HttpResults;
using RunStrong.Challenges.Participation;
using RunStrong.Challenges.Rules;
using RunStrong.Challenges.Validation;
using RunStrong.Coaching.Validation;
using RunStrong.Contracts.Athletes;
using RunStrong.Contracts.Challenges;
using RunStrong.Contracts.Identity;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Http;

namespace RunStrong.Silo.Api.Challenges;

/// <summary>
/// Club team challenges (docs/API.md, "Club challenges"): create a challenge and its teams, put athletes in teams (at most
/// one team per challenge), read the leaderboard and an athlete's own standing. Scores are not written
/// here: they follow from what athletes log, through the challenge's shards.
/// </summary>
public static class ChallengesApi
{
    /// <summary>The most teams and athletes one leaderboard read returns.</summary>
    public const int MaxTop = 100;

    private const int DefaultTop = 50, MaxListed = 100;

    public static IEndpointRouteBuilder MapChallengesApi(this IEndpointRouteBuilder routes)
    {
        var challenges = routes.MapGroup("")
            .WithTags("Challenges (clubs)")
            .AddEndpointFilter(ValidateRouteIds);

        challenges.MapRoute(ApiRoutes.Challenges.CreateChallenge, Create).WithSummary("Creates a team challenge; the same request again is idempotent.")
            .WithDescription("A challenge with its client-chosen `id`, `name`, `startsOn`, `endsOn`, `metric`, and optional `dailyCap`, `scoring` and `teamScore`. 201 with `Location`; 200 for the same request again; 409 for the id with other settings, or the club's 1,000th challenge.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        challenges.MapRoute(ApiRoutes.Challenges.ListChallenges, List).WithSummary("The club's challenges, newest first.")
            .WithDescription("The club's challenges newest first, `limit` (1-100, default 20) at a time.");
        challenges.MapRoute(ApiRoutes.Challenges.GetChallenge, Get).WithSummary("A challenge's rules and teams.")
            .WithDescription("The challenge's rules, unit and teams. An athlete key reads only challenges the athlete is in.");
        challenges.MapRoute(ApiRoutes.Challenges.CreateTeam, AddTeam).WithSummary("Adds a team to a challenge.")
            .WithDescription("A team with its client-chosen `id` and `name`: 201 with `Location`; 200 the same again; 409 the id with another name, or a 1,001st team.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        challenges.MapRoute(ApiRoutes.Challenges.PutTeamMember, Join)
            .WithSummary("Puts an athlete in a team, moving them from another team of the challenge.")
            .WithDescription("Puts the athlete in the team (moving them from another team of the challenge) once their score is stored in it. Answers 204; 409 when the athlete is already in 20 running challenges.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        challenges.MapRoute(ApiRoutes.Challenges.DeleteTeamMember, Leave)
            .WithSummary("Takes an athlete out of a team.")
            .WithDescription("Takes the athlete out of the team. Answers 204; 404 when the athlete is not in that team.");
        challenges.MapRoute(ApiRoutes.Challenges.GetLeaderboard, Leaderboard)
            .WithSummary($"Teams and athletes ranked (top: 1-{MaxTop}, default {DefaultTop}), from the latest snapshot.")
            .WithDescription("Teams and athletes ranked from the latest snapshot, `top` (1-100, default 50) of each, with the snapshot's `version` and time.");
        challenges.MapRoute(ApiRoutes.Challenges.GetLeaderboardEvents, LeaderboardEvents)
            .Produces<string>(StatusCodes.Status200OK, LeaderboardEventsResult.ContentType)
            .WithSummary("The leaderboard as Server-Sent Events: the current page at once, then each newer snapshot (at most 4 a second).")
            .WithDescription("A `text/event-stream`: at once an `event: leaderboard` whose data is what the leaderboard answers, then one whenever the snapshot changes (at most one per 250 ms), and a keep-alive comment every 15 s. The stream ends after 5 minutes; reconnecting is authorized again. 503 with `Retry-After` when the silo already streams its most.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        challenges.MapRoute(ApiRoutes.Challenges.GetChallengeStanding, Standing)
            .WithSummary("An athlete's own rank and score, and their team's.")
            .WithDescription("The athlete's rank and score in the challenge, and their team's; 404 when the athlete is not on the leaderboard.");
        challenges.MapRoute(ApiRoutes.Challenges.ListAthleteChallenges, AthleteChallenges)
            .WithSummary("The challenges an athlete is in, with their team.")
            .WithDescription("The challenges the athlete is in a team of, latest start first, with the team.");
        return routes;
    }

    private static async Task<Results<Created<ChallengeResponse>, Ok<ChallengeResponse>, ValidationProblem, ProblemHttpResult>> Create(
        string tenantId, ChallengeInput input, IGrainFactory grains, TimeProvider clock)
    {
        var draft = input.Validate(QueryDate.Today(clock));
        if (!draft.IsValid)
        {
            return Problems.Validation(draft.Errors);
        }

        var challenge = Challenge(grains, tenantId, draft.Value.Id);
        var outcome = await challenge.Create(draft.Value);
        return outcome switch
        {
            CreateOutcome.Created => TypedResults.Created(PathOf(tenantId, draft.Value.Id), ChallengeResponse.Of((await challenge.GetDefinition())!)),
            CreateOutcome.Exists => TypedResults.Ok(ChallengeResponse.Of((await challenge.GetDefinition())!)),
            CreateOutcome.LimitReached => Problems.Conflict($"The club already has {Grains.ChallengeRegistryGrain.MaxChallenges} challenges."),
            _ => Problems.Conflict($"Challenge '{draft.Value.Id}' already exists with other settings."),
        };
    }

    private static async Task<Results<Ok<ChallengeList>, ValidationProblem>> List(string tenantId, string? limit, IGrainFactory grains)
    {
        if (!QueryCount.TryRead(limit, 20, MaxListed, out var size))
        {
            return Problems.Field("limit", QueryCount.Rule("limit", MaxListed));
        }

        var ids = await grains.GetGrain<IChallengeRegistryGrain>(tenantId).Recent(size);
        var challenges = await Task.WhenAll(ids.Select(id => Challenge(grains, tenantId, id).GetDefinition()));
        return TypedResults.Ok(new ChallengeList([.. challenges.OfType<ChallengeDefinition>().Select(ChallengeResponse.Of)]));
    }

    private static async Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> Get(string tenantId, string challengeId, IGrainFactory grains) =>
        await Challenge(grains, tenantId, challengeId).GetDefinition() is { } challenge
            ? TypedResults.Ok(ChallengeResponse.Of(challenge))
            : NoChallenge(challengeId);

    private static async Task<Results<Created<TeamResponse>, Ok<TeamResponse>, ValidationProblem, ProblemHttpResult>> AddTeam(
        string tenantId, string challengeId, TeamInput input, IGrainFactory grains)
    {
        var team = input.Validate();
        if (!team.IsValid)
        {
            return Problems.Validation(team.Errors);
        }

        var response = new TeamResponse(team.Value.Id, team.Value.Name);
        return await Challenge(grains, tenantId, challengeId).AddTeam(team.Value) switch
        {
            CreateOutcome.Created => TypedResults.Created($"{PathOf(tenantId, challengeId)}/teams/{team.Value.Id}", response),
            CreateOutcome.Exists => TypedResults.Ok(response),
            CreateOutcome.NotFound => NoChallenge(challengeId),
            CreateOutcome.LimitReached => Problems.Conflict($"A challenge has at most {Grains.ChallengeGrain.MaxTeams} teams."),
            _ => Problems.Conflict($"Team '{team.Value.Id}' already exists with another name."),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Join(
        string tenantId, string challengeId, string teamId, string athleteId, IGrainFactory grains)
    {
        if (await Challenge(grains, tenantId, challengeId).GetDefinition() is not { } challenge)
        {
            return NoChallenge(challengeId);
        }

        if (challenge.Team(teamId) is null)
        {
            return NoTeam(challengeId, teamId);
        }

        var membership = new ChallengeMembership(challenge.Id, teamId, challenge.Rules, challenge.ShardCount);
        return await grains.Athlete(tenantId, athleteId).JoinChallenge(membership) switch
        {
            null => Problems.NotFound($"No athlete '{athleteId}'."),
            JoinOutcome.TooManyChallenges => Problems.Conflict(
                $"Athlete '{athleteId}' is already in {ChallengeEnrollments.MaxActive} running challenges."),
            _ => TypedResults.NoContent(),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Leave(
        string tenantId, string challengeId, string teamId, string athleteId, IGrainFactory grains)
    {
        if (await Challenge(grains, tenantId, challengeId).GetDefinition() is not { } challenge)
        {
            return NoChallenge(challengeId);
        }

        if (challenge.Team(teamId) is null)
        {
            return NoTeam(challengeId, teamId);
        }

        return await grains.Athlete(tenantId, athleteId).LeaveChallenge(challengeId, teamId)
            ? TypedResults.NoContent()
            : Problems.NotFound($"Athlete '{athleteId}' is not in team '{teamId}'.");
    }

    private static async Task<Results<Ok<LeaderboardResponse>, ValidationProblem, ProblemHttpResult>> Leaderboard(
        string tenantId, string challengeId, string? top, IGrainFactory grains)
    {
        if (!QueryCount.TryRead(top, DefaultTop, MaxTop, out var size))
        {
            return Problems.Field("top", QueryCount.Rule("top", MaxTop));
        }

        var grain = Challenge(grains, tenantId, challengeId);
        if (await grain.GetDefinition() is not { } challenge || await grain.GetLeaderboard(size) is not { } page)
        {
            return NoChallenge(challengeId);
        }

        return TypedResults.Ok(LeaderboardResponse.Of(challenge, page));
    }

    private static async Task<Results<LeaderboardEventsResult, ValidationProblem, ProblemHttpResult>> LeaderboardEvents(
        string tenantId, string challengeId, string? top, IGrainFactory grains)
    {
        if (!QueryCount.TryRead(top, DefaultTop, MaxTop, out var size))
        {
            return Problems.Field("top", QueryCount.Rule("top", MaxTop));
        }

        return await Challenge(grains, tenantId, challengeId).GetDefinition() is { } challenge
            ? new LeaderboardEventsResult(challenge, tenantId, size)
            : NoChallenge(challengeId);
    }

    private static async Task<Results<Ok<AthleteChallengeList>, ProblemHttpResult>> AthleteChallenges(string tenantId, string athleteId, IGrainFactory grains)
    {
        if (await grains.Athlete(tenantId, athleteId).ListChallenges() is not { } entries)
        {
            return Problems.NoAthlete(athleteId);
        }

        // At most the athlete's enrollments (20 running, plus ended ones still in the log's window): a bounded fan-out.
        var definitions = await Task.WhenAll(entries.Select(entry => Challenge(grains, tenantId, entry.ChallengeId).GetDefinition()));
        var items = entries.Zip(definitions)
            .Where(pair => pair.Second is not null)
            .Select(pair => AthleteChallengeResponse.Of(pair.Second!, pair.First.TeamId))
            .OrderByDescending(item => item.StartsOn).ThenBy(item => item.Id, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new AthleteChallengeList(items));
    }

    private static async Task<Results<Ok<StandingResponse>, ProblemHttpResult>> Standing(
        string tenantId, string challengeId, string athleteId, IGrainFactory grains)
    {
        var grain = Challenge(grains, tenantId, challengeId);
        if (await grain.GetDefinition() is not { } challenge)
        {
            return NoChallenge(challengeId);
        }

        return await grain.GetStanding(athleteId) is { } standing
            ? TypedResults.Ok(StandingResponse.Of(challenge, standing))
            : Problems.NotFound($"Athlete '{athleteId}' is not on the leaderboard of '{challengeId}' (a new member appears within a second).");
    }

    private static IChallengeGrain Challenge(IGrainFactory grains, string tenantId, string challengeId) =>
        grains.GetGrain<IChallengeGrain>(ChallengeKeys.Challenge(tenantId, challengeId));

    private static string PathOf(string tenantId, string challengeId) => $"/api/t/{tenantId}/challenges/{challengeId}";

    private static ProblemHttpResult NoChallenge(string challengeId) => Problems.NotFound($"No challenge '{challengeId}'.");

    private static ProblemHttpResult NoTeam(string challengeId, string teamId) => Problems.NotFound($"Challenge '{challengeId}' has no team '{teamId}'.");

    /// <summary>Route ids are checked before any grain is touched: a bad one is a 400 naming it.</summary>
    private static async ValueTask<object?> ValidateRouteIds(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new List<FieldError>();
        foreach (var name in (string[])["challengeId", "teamId"])
        {
            if (context.HttpContext.GetRouteValue(name) is string value && !ChallengeNames.IsValidId(value))
            {
                errors.Add(new FieldError(name, $"{name} {ChallengeNames.IdRule}"));
            }
        }

        if (context.HttpContext.GetRouteValue("athleteId") is string athleteId && !AthleteId.IsValid(athleteId))
        {
            errors.Add(new FieldError("athleteId", $"athleteId {AthleteId.Rule}"));
        }

        return errors.Count > 0 ? Problems.Validation(errors) : await next(context);
    }
}
