namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>
    /// An athlete's profile, log and coaching: any tenant's staff, on their own tenant's athletes, and the athlete
    /// themselves with an athlete key (their own data: they read it, log and correct it).
    /// </summary>
    public static class Athletes
    {
        public const string Base = "api/t/{tenantId}/athletes/{athleteId}";

        public static readonly RouteRule GetAthlete = new("GetAthlete", "GET", Base, StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule PutProfile = new("PutProfile", "PUT", Base, StaffOrAthlete, null, RetrySafe: true);

        // Log entries carry their own id, so a repeated POST is "already there": safe to retry.
        public static readonly RouteRule PostRun = new("PostRun", "POST", Base + "/runs", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule PutRun = new("PutRun", "PUT", Base + "/runs/{runId}", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule DeleteRun = new("DeleteRun", "DELETE", Base + "/runs/{runId}", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule PostStrengthSession = new("PostStrengthSession", "POST", Base + "/strength-sessions", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule PutStrengthSession = new("PutStrengthSession", "PUT", Base + "/strength-sessions/{sessionId}", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule DeleteStrengthSession = new("DeleteStrengthSession", "DELETE", Base + "/strength-sessions/{sessionId}", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule PutNutrition = new("PutNutrition", "PUT", Base + "/nutrition/{date}", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule DeleteNutrition = new("DeleteNutrition", "DELETE", Base + "/nutrition/{date}", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule PostMeasurement = new("PostMeasurement", "POST", Base + "/measurements", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule DeleteMeasurement = new("DeleteMeasurement", "DELETE", Base + "/measurements/{measurementId}", StaffOrAthlete, null, RetrySafe: true);

        // Reading the log back, newest first, a page at a time (the weeks in one answer).
        public static readonly RouteRule ListRuns = new("ListRuns", "GET", Base + "/runs", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule ListStrengthSessions = new("ListStrengthSessions", "GET", Base + "/strength-sessions", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule ListNutrition = new("ListNutrition", "GET", Base + "/nutrition", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule ListMeasurements = new("ListMeasurements", "GET", Base + "/measurements", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule ListWeeks = new("ListWeeks", "GET", Base + "/weeks", StaffOrAthlete, null, RetrySafe: true);

        public static readonly RouteRule GetRecommendations = new("GetRecommendations", "GET", Base + "/recommendations", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule GetPlan = new("GetPlan", "GET", Base + "/plan", StaffOrAthlete, null, RetrySafe: true);

        // Athlete-scoped keys: staff only (an athlete key cannot mint or revoke keys, its own included). Issuing
        // makes a new key each time: not retried once sent.
        public static readonly RouteRule IssueAthleteKey = new("IssueAthleteKey", "POST", Base + "/keys", Staff, null, RetrySafe: false);
        public static readonly RouteRule ListAthleteKeys = new("ListAthleteKeys", "GET", Base + "/keys", Staff, null, RetrySafe: true);
        public static readonly RouteRule RevokeAthleteKey = new("RevokeAthleteKey", "DELETE", Base + "/keys/{keyId}", Staff, null, RetrySafe: true);
    }
}
