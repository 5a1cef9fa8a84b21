namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>Who an athlete is as a gym member (names, email): any tenant's staff, on their own tenant's athletes (not the athlete's own key).</summary>
    public static class Members
    {
        // A merge patch with the same body leaves the same identity: safe to retry.
        public static readonly RouteRule PatchMember = new("PatchMember", "PATCH", Athletes.Base + "/member", Staff, null, RetrySafe: true);
    }
}
