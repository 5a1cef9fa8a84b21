namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>
    /// Activity files from watches and phones (FIT, TCX, GPX): staff of any tenant for their athletes, and the athlete
    /// with their own key.
    /// </summary>
    public static class Activities
    {
        public const string Base = Athletes.Base + "/activities";

        // The same file always gets the same id (content hash), so a repeated upload is "already there": safe to retry.
        public static readonly RouteRule UploadActivity = new("UploadActivity", "POST", Base, StaffOrAthlete, null, RetrySafe: true, RouteBody.ActivityFile);
        public static readonly RouteRule ListActivities = new("ListActivities", "GET", Base, StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule GetActivity = new("GetActivity", "GET", Base + "/{activityId}", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule GetActivityFile = new("GetActivityFile", "GET", Base + "/{activityId}/file", StaffOrAthlete, null, RetrySafe: true);
        public static readonly RouteRule DeleteActivity = new("DeleteActivity", "DELETE", Base + "/{activityId}", StaffOrAthlete, null, RetrySafe: true);
    }
}
