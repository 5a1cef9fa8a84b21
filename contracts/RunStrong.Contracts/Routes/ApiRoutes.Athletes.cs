namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>An athlete's profile, log and coaching: any tenant's staff, on their own tenant's athletes.</summary>
    public static class Athletes
    {
        public const string Base = "api/t/{tenantId}/athletes/{athleteId}";

        public static readonly RouteRule GetAthlete = new("GetAthlete", "GET", Base, Staff, null, RetrySafe: true);
        public static readonly RouteRule PutProfile = new("PutProfile", "PUT", Base, Staff, null, RetrySafe: true);

        // Log entries carry their own id, so a repeated POST is "already there": safe to retry.
        public static readonly RouteRule PostRun = new("PostRun", "POST", Base + "/runs", Staff, null, RetrySafe: true);
        public static readonly RouteRule PutRun = new("PutRun", "PUT", Base + "/runs/{runId}", Staff, null, RetrySafe: true);
        public static readonly RouteRule DeleteRun = new("DeleteRun", "DELETE", Base + "/runs/{runId}", Staff, null, RetrySafe: true);
        public static readonly RouteRule PostStrengthSession = new("PostStrengthSession", "POST", Base + "/strength-sessions", Staff, null, RetrySafe: true);
        public static readonly RouteRule PutStrengthSession = new("PutStrengthSession", "PUT", Base + "/strength-sessions/{sessionId}", Staff, null, RetrySafe: true);
        public static readonly RouteRule DeleteStrengthSession = new("DeleteStrengthSession", "DELETE", Base + "/strength-sessions/{sessionId}", Staff, null, RetrySafe: true);
        public static readonly RouteRule PutNutrition = new("PutNutrition", "PUT", Base + "/nutrition/{date}", Staff, null, RetrySafe: true);
        public static readonly RouteRule DeleteNutrition = new("DeleteNutrition", "DELETE", Base + "/nutrition/{date}", Staff, null, RetrySafe: true);
        public static readonly RouteRule PostMeasurement = new("PostMeasurement", "POST", Base + "/measurements", Staff, null, RetrySafe: true);
        public static readonly RouteRule DeleteMeasurement = new("DeleteMeasurement", "DELETE", Base + "/measurements/{measurementId}", Staff, null, RetrySafe: true);

        // Reading the log back, newest first, a page at a time (the weeks in one answer).
        public static readonly RouteRule ListRuns = new("ListRuns", "GET", Base + "/runs", Staff, null, RetrySafe: true);
        public static readonly RouteRule ListStrengthSessions = new("ListStrengthSessions", "GET", Base + "/strength-sessions", Staff, null, RetrySafe: true);
        public static readonly RouteRule ListNutrition = new("ListNutrition", "GET", Base + "/nutrition", Staff, null, RetrySafe: true);
        public static readonly RouteRule ListMeasurements = new("ListMeasurements", "GET", Base + "/measurements", Staff, null, RetrySafe: true);
        public static readonly RouteRule ListWeeks = new("ListWeeks", "GET", Base + "/weeks", Staff, null, RetrySafe: true);

        public static readonly RouteRule GetRecommendations = new("GetRecommendations", "GET", Base + "/recommendations", Staff, null, RetrySafe: true);
        public static readonly RouteRule GetPlan = new("GetPlan", "GET", Base + "/plan", Staff, null, RetrySafe: true);
    }
}
