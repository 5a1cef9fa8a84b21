namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>Who an athlete is as a gym member (names, email): any tenant's staff, on their own tenant's athletes.</summary>
    public static class Members
    {
        /// <summary>The members directory: paged, searched, or ranked for follow-up.</summary>
        public static readonly RouteRule ListMembers = new("ListMembers", "GET", "api/t/{tenantId}/athletes", Staff, null, RetrySafe: true);

        // A merge patch with the same body leaves the same identity: safe to retry.
        public static readonly RouteRule PatchMember = new("PatchMember", "PATCH", Athletes.Base + "/member", Staff, null, RetrySafe: true);
    }
}
