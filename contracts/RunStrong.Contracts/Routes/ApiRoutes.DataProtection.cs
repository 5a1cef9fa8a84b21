namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>
    /// Data-protection requests: a member's export and erase (their gym's staff), and a tenant's offboarding (the
    /// platform admin, on a suspended tenant), which erases the whole tenant in a resumable job.
    /// </summary>
    public static class DataProtection
    {
        public const string TenantErasures = "api/admin/tenant-erasures";

        public static readonly RouteRule ExportAthlete = new("ExportAthlete", "GET", Athletes.Base + "/export", Staff, null, RetrySafe: true);

        // A second erase finds nothing left and answers the same 204: safe to retry.
        public static readonly RouteRule EraseAthlete = new("EraseAthlete", "DELETE", Athletes.Base, Staff, null, RetrySafe: true);

        // Starting the erase of a tenant already being erased answers the same job: safe to retry.
        public static readonly RouteRule EraseTenant = new("EraseTenant", "DELETE", Platform.Tenants + "/{tenantId}", Admin, null, RetrySafe: true, RouteBody.AdminDocument);
        public static readonly RouteRule GetTenantErasure = new("GetTenantErasure", "GET", TenantErasures + "/{erasureId}", Admin, null, RetrySafe: true, RouteBody.AdminDocument);
    }
}
