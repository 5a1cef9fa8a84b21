using RunStrong.Contracts.Tenants;

namespace RunStrong.Contracts.Routes;

public static partial class ApiRoutes
{
    /// <summary>Member imports: gyms only.</summary>
    public static class MemberImports
    {
        public const string Base = "api/t/{tenantId}/imports";

        // A second upload would start a second job: never retried once sent.
        public static readonly RouteRule StartImport = new("StartImport", "POST", Base, Staff, TenantKind.Gym, RetrySafe: false, RouteBody.StreamedUpload);
        public static readonly RouteRule ListImports = new("ListImports", "GET", Base, Staff, TenantKind.Gym, RetrySafe: true);
        public static readonly RouteRule GetImport = new("GetImport", "GET", Base + "/{importId}", Staff, TenantKind.Gym, RetrySafe: true);
        public static readonly RouteRule GetImportErrors = new("GetImportErrors", "GET", Base + "/{importId}/errors", Staff, TenantKind.Gym, RetrySafe: true);
        public static readonly RouteRule CancelImport = new("CancelImport", "POST", Base + "/{importId}/cancel", Staff, TenantKind.Gym, RetrySafe: false);
    }
}
