using RunStrong.Contracts.Tenants;

namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>
    /// Team challenges: clubs only. Creating a challenge or team is idempotent by its id. An athlete key may read a
    /// challenge it is in (its rules, leaderboard, live leaderboard and its own standing) and its own list of challenges, nothing else.
    /// </summary>
    public static class Challenges
    {
        public const string Base = "api/t/{tenantId}/challenges";
        private const string Members = Base + "/{challengeId}/teams/{teamId}/members/{athleteId}";

        public static readonly RouteRule CreateChallenge = new("CreateChallenge", "POST", Base, Staff, TenantKind.Club, RetrySafe: true);
        public static readonly RouteRule ListChallenges = new("ListChallenges", "GET", Base, Staff, TenantKind.Club, RetrySafe: true);
        public static readonly RouteRule GetChallenge = new("GetChallenge", "GET", Base + "/{challengeId}", StaffOrAthlete, TenantKind.Club, RetrySafe: true);
        public static readonly RouteRule CreateTeam = new("CreateTeam", "POST", Base + "/{challengeId}/teams", Staff, TenantKind.Club, RetrySafe: true);
        public static readonly RouteRule PutTeamMember = new("PutTeamMember", "PUT", Members, Staff, TenantKind.Club, RetrySafe: true);
        public static readonly RouteRule DeleteTeamMember = new("DeleteTeamMember", "DELETE", Members, Staff, TenantKind.Club, RetrySafe: true);
        public static readonly RouteRule GetLeaderboard = new("GetLeaderboard", "GET", Base + "/{challengeId}/leaderboard", StaffOrAthlete, TenantKind.Club, RetrySafe: true);
        /// <summary>The leaderboard as Server-Sent Events: the current page at once, then each newer snapshot.</summary>
        public static readonly RouteRule GetLeaderboardEvents = new("GetLeaderboardEvents", "GET", Base + "/{challengeId}/leaderboard/events", StaffOrAthlete, TenantKind.Club, RetrySafe: true)
        {
            EventStream = true,
        };

        /// <summary>The challenges an athlete is in, with their team: what the athlete's own pages list.</summary>
        public static readonly RouteRule ListAthleteChallenges = new("ListAthleteChallenges", "GET", "api/t/{tenantId}/athletes/{athleteId}/challenges", StaffOrAthlete, TenantKind.Club, RetrySafe: true);

        public static readonly RouteRule GetChallengeStanding = new("GetChallengeStanding", "GET", Base + "/{challengeId}/athletes/{athleteId}", StaffOrAthlete, TenantKind.Club, RetrySafe: true);
    }
}
